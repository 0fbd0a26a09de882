/* Infopublic: progressive enhancements. Every feature below also works without JavaScript. */
(function () {
    "use strict";

    var messagesElement = document.getElementById("js-messages");
    var MESSAGES = messagesElement ? JSON.parse(messagesElement.textContent) : {};

    function message(key, count) {
        return (MESSAGES[key] || key).replace("%(count)s", count);
    }

    /* French plural rule: 0 and 1 take the singular. */
    function plural(count, one, other) {
        return message(count > 1 ? other : one, count);
    }

    var SOURCES = {
        search: "/api/suggestions/",
        commune: "/communes/suggestions/",
        "commune-code": "/communes/suggestions/",
        "commune-name": "/communes/suggestions/"
    };

    function suggestionItems(kind, data) {
        if (kind === "search") {
            var titles = (data.titles || []).map(function (title) { return { label: title, value: title }; });
            var terms = (data.glossary || []).map(function (term) {
                return { label: term.acronym + " — " + term.expansion, value: term.acronym };
            });
            return titles.concat(terms);
        }
        /* Communes: "commune" opens the commune page, "commune-code" picks a commune (its INSEE code goes to the
           form's hidden `code_insee` field), "commune-name" fills a name. */
        return (data.results || []).map(function (item) {
            return {
                label: item.postal_code ? item.name + " (" + item.postal_code + ")" : item.name,
                value: item.name,
                url: kind === "commune" ? item.url : null,
                commune: item
            };
        });
    }

    /* The commune picked in a form: visible name, hidden INSEE code, and a hint naming it with a link to the
       commune's page. Typing again forgets the code, so that what is typed is read by the server. */
    function communePicker(input) {
        var form = input.form;
        var codeField = form ? form.querySelector("input[name='code_insee']") : null;
        var hint = document.getElementById((input.getAttribute("aria-describedby") || "").split(" ")[0]);
        var hintText = hint ? hint.textContent : "";
        return {
            pick: function (commune) {
                if (codeField) {
                    input.value = commune.name;
                    codeField.value = commune.code;
                } else {
                    input.value = commune.code;
                }
                if (hint) {
                    hint.textContent = "";
                    hint.appendChild(document.createTextNode(message("chosen").replace("%(name)s", commune.name) + " "));
                    if (commune.url) {
                        var link = document.createElement("a");
                        link.href = commune.url;
                        link.textContent = message("whoWelcomes");
                        hint.appendChild(link);
                    }
                }
            },
            forget: function () {
                if (codeField && codeField.value) {
                    codeField.value = "";
                    if (hint) { hint.textContent = hintText; }
                }
            },
            say: function (text) {
                if (hint) { hint.textContent = text; }
            }
        };
    }

    /* WAI-ARIA 1.2 combobox with a listbox popup (editable, list autocomplete, manual selection).
       The list never takes a click or a key meant for something else: it is shown only while its field has
       the focus, it closes as soon as the field loses it, answers arriving after that are dropped, and an
       option is chosen by a complete click on it (press and release), never by a press alone. */
    function setupAutocomplete(input, index) {
        var kind = input.getAttribute("data-autocomplete");
        var url = SOURCES[kind];
        if (!url) { return; }
        var picker = kind === "commune-code" ? communePicker(input) : null;
        var submitOnChoice = kind === "search" && input.getAttribute("data-choose") !== "fill";
        var hadFocus = document.activeElement === input;
        var wrapper = document.createElement("span");
        wrapper.className = "combobox";
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        if (hadFocus) { input.focus(); }

        var listId = "suggestions-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "autocomplete-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", message(kind === "search" ? "suggestions" : "communes"));
        list.hidden = true;
        wrapper.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        var items = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var pressed = -1;

        function isOpen() { return !list.hidden; }
        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
            pressed = -1;
        }
        function open() {
            if (!items.length || document.activeElement !== input) { return; }
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }
        function highlight(position) {
            var options = list.children;
            for (var i = 0; i < options.length; i += 1) {
                options[i].setAttribute("aria-selected", i === position ? "true" : "false");
            }
            active = position;
            if (position >= 0 && options[position]) {
                input.setAttribute("aria-activedescendant", options[position].id);
                if (options[position].scrollIntoView) { options[position].scrollIntoView({ block: "nearest" }); }
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }
        function choose(position) {
            var item = items[position];
            if (!item) { return; }
            close();
            if (item.url) {
                window.location.href = item.url;
                return;
            }
            if (picker) {
                picker.pick(item.commune);
                return;
            }
            input.value = item.value;
            if (submitOnChoice && input.form) {
                if (input.form.requestSubmit) { input.form.requestSubmit(); } else { input.form.submit(); }
            }
        }
        function render() {
            list.innerHTML = "";
            items.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = item.label;
                list.appendChild(option);
            });
            active = -1;
            input.removeAttribute("aria-activedescendant");
            if (items.length) {
                open();
                announce(plural(items.length, "suggestionOne", "suggestionOther"));
            } else {
                close();
            }
        }
        function optionIndex(event) {
            var option = event.target.closest ? event.target.closest("[role='option']") : null;
            return option && option.parentNode === list ? Array.prototype.indexOf.call(list.children, option) : -1;
        }
        /* A press on an option keeps the focus in the field (no blur, so the list stays); the option is chosen
           only if the release happens on that same option. */
        list.addEventListener("mousedown", function (event) {
            event.preventDefault();
            pressed = optionIndex(event);
        });
        list.addEventListener("click", function (event) {
            var position = optionIndex(event);
            if (position >= 0 && position === pressed) { choose(position); }
            pressed = -1;
        });
        list.addEventListener("mousemove", function (event) {
            var position = optionIndex(event);
            if (position >= 0 && position !== active) { highlight(position); }
        });
        function fetchSuggestions() {
            var text = input.value.trim();
            if (controller) { controller.abort(); }
            if (text.length < 2) { items = []; render(); return; }
            controller = window.AbortController ? new AbortController() : null;
            fetch(url + "?q=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                signal: controller ? controller.signal : undefined
            }).then(function (response) {
                return response.ok ? response.json() : {};
            }).then(function (data) {
                /* Too late: the field has lost the focus, or its text has changed since the request. */
                if (document.activeElement !== input || input.value.trim() !== text) { return; }
                items = suggestionItems(kind, data).slice(0, 8);
                render();
            }).catch(function () { /* aborted or offline: the plain form still works */ });
        }
        input.addEventListener("input", function () {
            if (picker) { picker.forget(); }
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, 150);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                if (!items.length) { return; }
                event.preventDefault();
                if (!isOpen()) {
                    open();
                    highlight(event.key === "ArrowDown" ? 0 : items.length - 1);
                    return;
                }
                if (event.key === "ArrowDown") {
                    highlight(active + 1 >= items.length ? 0 : active + 1);
                } else {
                    highlight(active <= 0 ? items.length - 1 : active - 1);
                }
            } else if (event.key === "Enter") {
                if (isOpen() && active >= 0) {
                    event.preventDefault();
                    choose(active);
                } else {
                    close();
                }
            } else if (event.key === "Escape") {
                if (isOpen()) {
                    event.preventDefault();
                    close();
                }
            } else if (event.key === "Tab") {
                close();
            }
        });
        input.addEventListener("blur", function () {
            window.clearTimeout(timer);
            if (controller) { controller.abort(); }
            close();
        });
    }

    /* « Autour de moi »: the browser's position, sent once by POST, answers the nearest commune. The position is
       neither kept in the page nor stored by the server. */
    function setupNearby(button) {
        var input = document.getElementById(button.getAttribute("data-nearby"));
        if (!input || !navigator.geolocation || !window.isSecureContext) { return; }
        var picker = communePicker(input);
        button.hidden = false;
        button.addEventListener("click", function () {
            button.disabled = true;
            picker.say(message("locating"));
            navigator.geolocation.getCurrentPosition(function (position) {
                var body = new FormData();
                body.append("latitude", position.coords.latitude.toFixed(4));
                body.append("longitude", position.coords.longitude.toFixed(4));
                fetch(button.getAttribute("data-url"), {
                    method: "POST",
                    body: body,
                    headers: { Accept: "application/json" },
                    credentials: "same-origin"
                }).then(function (response) {
                    return response.json().then(function (data) { return { ok: response.ok, data: data }; });
                }).then(function (answer) {
                    button.disabled = false;
                    if (!answer.ok) {
                        picker.say(answer.data.error || message("noPosition"));
                        return;
                    }
                    picker.pick(answer.data);
                    announce(message("chosen").replace("%(name)s", answer.data.name));
                }).catch(function () {
                    button.disabled = false;
                    picker.say(message("noPosition"));
                });
            }, function () {
                button.disabled = false;
                picker.say(message("noPosition"));
            }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
        });
    }

    /* Folded on narrow screens (so that the first result shows without scrolling), always shown on wide ones:
       a disclosure button (aria-expanded, aria-controls) before each [data-fold-narrow] element, whose value is
       the button's text. Without JavaScript nothing is folded. */
    function setupFolds() {
        var targets = document.querySelectorAll("[data-fold-narrow]");
        if (!targets.length || !window.matchMedia) { return; }
        var narrow = window.matchMedia("(max-width: 55.99rem)");
        var folds = [];
        targets.forEach(function (target, index) {
            if (!target.id) { target.id = "repli-" + index; }
            var button = document.createElement("button");
            button.type = "button";
            button.className = "fold-toggle";
            button.setAttribute("aria-controls", target.id);
            button.textContent = target.getAttribute("data-fold-narrow");
            target.parentNode.insertBefore(button, target);
            var fold = { button: button, target: target };
            button.addEventListener("click", function () {
                setExpanded(fold, button.getAttribute("aria-expanded") !== "true");
            });
            folds.push(fold);
        });
        function setExpanded(fold, expanded) {
            fold.button.setAttribute("aria-expanded", expanded ? "true" : "false");
            fold.target.hidden = !expanded;
        }
        function apply() {
            folds.forEach(function (fold) {
                fold.button.hidden = !narrow.matches;
                setExpanded(fold, !narrow.matches);
            });
        }
        apply();
        if (narrow.addEventListener) { narrow.addEventListener("change", apply); }
    }

    /* Empty optional fields stay out of the address of a search. */
    function setupCleanForms() {
        document.querySelectorAll("form[data-drop-empty]").forEach(function (form) {
            form.addEventListener("submit", function () {
                form.querySelectorAll("[data-optional]").forEach(function (field) {
                    if (!field.value.trim()) { field.disabled = true; }
                });
                window.setTimeout(function () {
                    form.querySelectorAll("[data-optional]").forEach(function (field) { field.disabled = false; });
                }, 0);
            });
        });
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
        var icon = window.L.icon({
            iconUrl: container.getAttribute("data-marker-icon"),
            iconRetinaUrl: container.getAttribute("data-marker-icon-2x"),
            shadowUrl: container.getAttribute("data-marker-shadow"),
            iconSize: [25, 41],
            iconAnchor: [12, 41],
            popupAnchor: [1, -34],
            shadowSize: [41, 41]
        });
        var bounds = [];
        markers.forEach(function (marker) {
            var point = [parseFloat(marker.getAttribute("data-lat")), parseFloat(marker.getAttribute("data-lng"))];
            var link = document.createElement("a");
            link.href = marker.getAttribute("data-url") || "#";
            link.textContent = marker.getAttribute("data-title");
            window.L.marker(point, { icon: icon, title: marker.getAttribute("data-title"), alt: marker.getAttribute("data-title") })
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
        document.querySelectorAll("[data-nearby]").forEach(setupNearby);
        setupFolds();
        setupCleanForms();
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
