/* Infopublic: progressive enhancements. Every feature below also works without JavaScript. */
(function () {
    "use strict";

    var messagesElement = document.getElementById("js-messages");
    var MESSAGES = messagesElement ? JSON.parse(messagesElement.textContent) : {};

    function message(key, count) {
        return (MESSAGES[key] || key).replace("%(count)s", count);
    }

    var SOURCES = {
        search: { url: "/api/suggestions/", param: "q" },
        commune: { url: "/communes/suggestions/", param: "q" },
        "commune-code": { url: "/communes/suggestions/", param: "q" },
        "commune-name": { url: "/communes/suggestions/", param: "q" }
    };

    function suggestionItems(kind, data) {
        if (kind === "search") {
            var titles = (data.titles || []).map(function (title) { return { label: title, value: title, url: null }; });
            var terms = (data.glossary || []).map(function (term) {
                return { label: term.acronym + " — " + term.expansion, value: term.acronym, url: null };
            });
            return titles.concat(terms);
        }
        /* Communes: "commune" opens the commune page; "commune-code" and "commune-name" fill the name, and
           the INSEE code picked goes to the form's hidden `code_insee` field ("commune-name" then submits). */
        return (data.results || []).map(function (item) {
            return {
                label: item.name + " (" + item.postal_code + ")",
                value: item.name,
                url: kind === "commune" ? item.url : null,
                name: item.name,
                code: item.code
            };
        });
    }

    /* WAI-ARIA 1.2 combobox with a listbox popup. */
    function setupAutocomplete(input, index) {
        var kind = input.getAttribute("data-autocomplete");
        var source = SOURCES[kind];
        if (!source) { return; }
        var listId = "suggestions-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "autocomplete-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", message(kind === "search" ? "suggestions" : "communes"));
        list.hidden = true;
        input.parentNode.style.position = "relative";
        input.parentNode.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        var items = [];
        var active = -1;
        var timer = null;
        var controller = null;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }
        function highlight(position) {
            var options = list.querySelectorAll("li");
            options.forEach(function (option, i) { option.setAttribute("aria-selected", i === position ? "true" : "false"); });
            active = position;
            if (position >= 0 && options[position]) {
                input.setAttribute("aria-activedescendant", options[position].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }
        function choose(position) {
            var item = items[position];
            if (!item) { return; }
            if (item.url) {
                window.location.href = item.url;
                return;
            }
            input.value = item.value;
            var codeField = input.form ? input.form.querySelector("input[name='code_insee']") : null;
            if (codeField) { codeField.value = item.code || ""; }
            close();
            if (kind === "commune-code") {
                var hint = document.getElementById(input.getAttribute("aria-describedby"));
                if (hint) { hint.textContent = item.name; }
                return;
            }
            if (input.form) { input.form.submit(); }
        }
        function render() {
            list.innerHTML = "";
            items.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = item.label;
                option.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
                list.appendChild(option);
            });
            list.hidden = items.length === 0;
            input.setAttribute("aria-expanded", items.length ? "true" : "false");
            active = -1;
        }
        function fetchSuggestions() {
            var text = input.value.trim();
            if (text.length < 2) { items = []; render(); return; }
            if (controller) { controller.abort(); }
            controller = window.AbortController ? new AbortController() : null;
            fetch(source.url + "?" + source.param + "=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : { results: [] };
            }).then(function (data) {
                items = suggestionItems(kind, data).slice(0, 8);
                render();
            }).catch(function () { /* aborted or offline: the plain form still works */ });
        }
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 150);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden) { return; }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight(Math.min(active + 1, items.length - 1));
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(Math.max(active - 1, -1));
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                choose(active);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    }

    /* Add to / remove from the orientation selection without leaving the page. */
    function setupSelectionForm(form) {
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var button = form.querySelector("button");
            fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: { Accept: "application/json" },
                credentials: "same-origin"
            }).then(function (response) {
                if (!response.ok) { throw new Error(String(response.status)); }
                return response.json();
            }).then(function (data) {
                var adding = form.action.indexOf("ajouter") !== -1;
                form.action = adding ? form.action.replace("ajouter", "retirer") : form.action.replace("retirer", "ajouter");
                var title = button.querySelector(".visually-hidden");
                var hidden = title ? title.outerHTML : "";
                button.textContent = message(adding ? "remove" : "add");
                button.insertAdjacentHTML("beforeend", hidden);
                button.setAttribute("aria-pressed", adding ? "true" : "false");
                document.querySelectorAll("[data-selection-count]").forEach(function (badge) { badge.textContent = data.count; });
                announce(message(adding ? "added" : "removed", data.count));
            }).catch(function () { form.submit(); });
        });
    }

    var liveRegion = null;
    function announce(message) {
        if (!liveRegion) {
            liveRegion = document.createElement("p");
            liveRegion.className = "visually-hidden";
            liveRegion.setAttribute("role", "status");
            document.body.appendChild(liveRegion);
        }
        liveRegion.textContent = message;
    }

    /* Leaflet maps from [data-map] containers and their [data-marker] children. */
    function setupMap(container) {
        if (!window.L) { return; }
        var markers = container.querySelectorAll("[data-marker]");
        if (!markers.length) { return; }
        container.hidden = false;
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", message("map"));
        var map = window.L.map(container, { scrollWheelZoom: false });
        window.L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
            maxZoom: 19,
            attribution: message("attribution")
        }).addTo(map);
        var bounds = [];
        markers.forEach(function (marker) {
            var point = [parseFloat(marker.getAttribute("data-lat")), parseFloat(marker.getAttribute("data-lng"))];
            var link = document.createElement("a");
            link.href = marker.getAttribute("data-url") || "#";
            link.textContent = marker.getAttribute("data-title");
            window.L.marker(point, { title: marker.getAttribute("data-title"), alt: marker.getAttribute("data-title") })
                .addTo(map).bindPopup(link);
            bounds.push(point);
        });
        if (bounds.length === 1) {
            map.setView(bounds[0], 15);
        } else {
            map.fitBounds(bounds, { padding: [20, 20] });
        }
        container.infopublicMap = map;
    }

    function setupMaps() {
        document.querySelectorAll("[data-map]").forEach(function (container) {
            if (container.closest("[data-map-box]")) { return; }
            var details = container.closest("details");
            if (details && !details.open) {
                details.addEventListener("toggle", function once() {
                    details.removeEventListener("toggle", once);
                    setupMap(container);
                });
            } else {
                setupMap(container);
            }
        });
    }

    function setupViewToggle() {
        document.querySelectorAll("[data-view-toggle]").forEach(function (toggle) {
            toggle.hidden = false;
            var list = document.getElementById(toggle.getAttribute("data-list"));
            var mapBox = document.getElementById(toggle.getAttribute("data-map-box"));
            toggle.querySelectorAll("button").forEach(function (button) {
                button.addEventListener("click", function () {
                    var showMap = button.getAttribute("data-view") === "map";
                    toggle.querySelectorAll("button").forEach(function (other) {
                        other.setAttribute("aria-pressed", other === button ? "true" : "false");
                    });
                    if (list) { list.hidden = showMap; }
                    if (mapBox) {
                        mapBox.hidden = !showMap;
                        var container = mapBox.querySelector("[data-map]");
                        if (showMap && container && !container.infopublicMap) { setupMap(container); }
                        if (container && container.infopublicMap) { container.infopublicMap.invalidateSize(); }
                    }
                });
            });
        });
    }

    function init() {
        document.querySelectorAll("[data-autocomplete]").forEach(setupAutocomplete);
        document.querySelectorAll("[data-selection-form]").forEach(setupSelectionForm);
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
        document.querySelectorAll(".share-link").forEach(function (input) {
            input.addEventListener("focus", function () { input.select(); });
        });
        setupViewToggle();
        setupMaps();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
