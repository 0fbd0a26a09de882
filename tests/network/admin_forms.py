"""Build the POST data a browser would send from a Wagtail admin edit form, from the form itself."""

from django.forms import CheckboxInput


def _add_form(data, form):
    for bound in form:
        value = bound.value()
        widget = bound.field.widget
        if isinstance(widget, CheckboxInput):
            if value:
                data[bound.html_name] = "on"
            continue
        if value is None:
            continue
        if getattr(widget, "allow_multiple_selected", False):
            data[bound.html_name] = [str(item) for item in value]
        else:
            formatted = widget.format_value(value)
            data[bound.html_name] = "" if formatted is None else formatted


def _add_formset(data, formset):
    management = formset.management_form
    for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
        data[f"{formset.prefix}-{name}"] = management[name].value()
    for form in formset.forms:
        _add_form(data, form)
        for nested in getattr(form, "formsets", {}).values():
            _add_formset(data, nested)


def form_data(form, **changes):
    data = {}
    _add_form(data, form)
    for formset in getattr(form, "formsets", {}).values():
        _add_formset(data, formset)
    data.update(changes)
    return data


def page_edit_data(page, user, **changes):
    """The data of the page's admin edit form, as loaded, with `changes` applied."""
    page = page.specific
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent().specific)
    return form_data(form, **changes)


def page_add_data(model, parent, user, **values):
    """The data of an empty admin create form for `model` under `parent`, with `values` filled in."""
    page = model()
    form_class = model.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=parent.specific)
    return form_data(form, **values)


def snippet_edit_data(instance, user, **changes):
    viewset = type(instance).snippet_viewset
    form_class = viewset.get_edit_handler().get_form_class()
    form = form_class(instance=instance, for_user=user)
    return form_data(form, **changes)
