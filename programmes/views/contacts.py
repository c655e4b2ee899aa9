"""Contact sharing, answered by the participant ("your contact details") or recorded by a
clinician for them ("contact sharing"): one page per thing to do, like the handover steps.

- the contacts page (GET only): what is shared, whether each detail is checked, and a link
  to each thing to do;
- ``share``: the sharing choices (one form);
- ``check/<channel>``: type in the code sent to the email address or mobile number (one form,
  whose second button sends a code: see ``contacts_send``);
- ``check/<channel>/send`` (POST only): send a code, then back to the check page.

No page holds two forms a person types into, so saving one can never throw away what was
typed into another. The one place a press could still lose typing, "Send a new code" with
a code in the box, does not send: the page comes back with the code kept and says why.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pmp_followon import clock
from pmp_followon.ui.forms import apply_service_errors

from .. import forms, selectors, services
from ..models import CheckChannel, Enrolment, EnrolmentStatus


def _url(enrolment: Enrolment, *, on_behalf: bool, action: str = "", channel: str = "") -> str:
    """The address of one of the contact pages, for the participant or the clinician."""
    name = "programmes:participant_contacts" if on_behalf else "programmes:my_contacts"
    args: list[object] = [enrolment.programme_id]
    if on_behalf:
        args.append(enrolment.pk)
    if action:
        name = f"{name}_{action}"
    if channel:
        args.append(channel)
    return reverse(name, args=args)


def _enrolment(
    request: HttpRequest, pk: int, enrolment_pk: int | None, *, write: bool = False
) -> Enrolment:
    return selectors.get_enrolment_for_contacts(request.user, pk, enrolment_pk, write=write)


def _channel(channel: str) -> str:
    if channel not in CheckChannel.values:
        raise Http404
    return channel


def _context(enrolment: Enrolment, *, on_behalf: bool, **extra) -> dict:
    return {
        "programme": enrolment.programme,
        "enrolment": enrolment,
        "on_behalf": on_behalf,
        "contacts_url": _url(enrolment, on_behalf=on_behalf),
        **extra,
    }


def _overview(request: HttpRequest, pk: int, enrolment_pk: int | None) -> HttpResponse:
    on_behalf = enrolment_pk is not None
    enrolment = _enrolment(request, pk, enrolment_pk)
    contacts = selectors.enrolment_contacts(enrolment)
    if on_behalf:  # staff looking at a participant's details (not their own page)
        services.record_read(
            actor=request.user,
            programme=enrolment.programme,
            enrolment=enrolment,
            verb=services.CONTACTS_VIEWED,
        )
    return render(
        request,
        "programmes/contacts.html",
        _context(
            enrolment,
            on_behalf=on_behalf,
            contacts=contacts,
            closed=enrolment.status == EnrolmentStatus.WITHDRAWN,
            has_mobile=bool(contacts["mobile"]),
            share_url=_url(enrolment, on_behalf=on_behalf, action="share"),
            check_email_url=_url(
                enrolment, on_behalf=on_behalf, action="check", channel=CheckChannel.EMAIL
            ),
            check_mobile_url=_url(
                enrolment, on_behalf=on_behalf, action="check", channel=CheckChannel.SMS
            ),
        ),
    )


def _share(request: HttpRequest, pk: int, enrolment_pk: int | None) -> HttpResponse:
    on_behalf = enrolment_pk is not None
    enrolment = _enrolment(request, pk, enrolment_pk, write=True)
    contacts = selectors.enrolment_contacts(enrolment)
    has_mobile = bool(contacts["mobile"])
    form = forms.ContactsForm(
        request.POST if request.method == "POST" else None,
        has_mobile=has_mobile,
        on_behalf=on_behalf,
        initial={"kinds": list(contacts["consents"])},
    )
    if form.is_valid():
        try:
            current = services.contact_consents_set(
                actor=request.user,
                enrolment=enrolment,
                kinds=form.cleaned_data["kinds"],
                now=clock.now_or_current(None),
            )
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            if current:
                messages.success(
                    request,
                    _("Saved. Now check the details you share work: we send a code to each."),
                )
            else:
                messages.success(
                    request,
                    _(
                        "Saved. You are not sharing any contact details. "
                        "You will still hear about the group in this app."
                    ),
                )
            return redirect(_url(enrolment, on_behalf=on_behalf))
    return render(
        request,
        "programmes/contacts_share.html",
        _context(
            enrolment,
            on_behalf=on_behalf,
            form=form,
            has_mobile=has_mobile,
        ),
    )


def _check_page(
    request: HttpRequest,
    enrolment: Enrolment,
    form: forms.CodeForm,
    *,
    on_behalf: bool,
    channel: str,
) -> HttpResponse:
    contacts = selectors.enrolment_contacts(enrolment)
    detail = enrolment.participant.email if channel == CheckChannel.EMAIL else contacts["mobile"]
    return render(
        request,
        "programmes/contacts_check.html",
        _context(
            enrolment,
            on_behalf=on_behalf,
            form=form,
            channel=channel,
            detail=detail,
            check_url=_url(enrolment, on_behalf=on_behalf, action="check", channel=channel),
            send_url=_url(enrolment, on_behalf=on_behalf, action="send", channel=channel),
        ),
    )


def _check(request: HttpRequest, pk: int, enrolment_pk: int | None, channel: str) -> HttpResponse:
    on_behalf = enrolment_pk is not None
    channel = _channel(channel)
    enrolment = _enrolment(request, pk, enrolment_pk, write=True)
    form = forms.CodeForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        outcome = services.contact_check_confirm(
            actor=request.user,
            enrolment=enrolment,
            channel=channel,
            code=form.cleaned_data["code"],
            now=clock.now_or_current(None),
        )
        if outcome.verified:
            messages.success(request, _("That worked: this contact detail is checked."))
            return redirect(_url(enrolment, on_behalf=on_behalf))
        form.add_error("code", outcome.message)
    return _check_page(request, enrolment, form, on_behalf=on_behalf, channel=channel)


def _send(request: HttpRequest, pk: int, enrolment_pk: int | None, channel: str) -> HttpResponse:
    on_behalf = enrolment_pk is not None
    channel = _channel(channel)
    enrolment = _enrolment(request, pk, enrolment_pk, write=True)
    typed = request.POST.get("code", "").strip()
    if typed:
        # A new code stops the one typed in from working: keep it and say so, never drop it.
        form = forms.CodeForm({"code": typed})
        form.is_valid()  # bound, so the page shows the code as typed (and any slip in it)
        form.add_error(
            None,
            _(
                "You have typed in a code, so we did not send a new one. "
                "Press “Check the code”. If you want a new code instead, "
                "clear the box first: a new code stops earlier ones working."
            ),
        )
        return _check_page(request, enrolment, form, on_behalf=on_behalf, channel=channel)
    try:
        services.contact_check_send(
            actor=request.user, enrolment=enrolment, channel=channel, now=clock.now_or_current(None)
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        whose = _("their") if on_behalf else _("your")
        where = (
            _("%(whose)s email") if channel == CheckChannel.EMAIL else _("%(whose)s mobile")
        ) % {"whose": whose}
        messages.success(
            request,
            _("We have sent a 6-digit code to %(where)s. Type it in below.") % {"where": where},
        )
    return redirect(_url(enrolment, on_behalf=on_behalf, action="check", channel=channel))


# --- the participant's own pages --------------------------------------------------------
@login_required
@require_GET
def my_contacts(request: HttpRequest, pk: int) -> HttpResponse:
    return _overview(request, pk, None)


@login_required
@require_http_methods(["GET", "POST"])
def my_contacts_share(request: HttpRequest, pk: int) -> HttpResponse:
    return _share(request, pk, None)


@login_required
@require_http_methods(["GET", "POST"])
def my_contacts_check(request: HttpRequest, pk: int, channel: str) -> HttpResponse:
    return _check(request, pk, None, channel)


@login_required
@require_POST
def my_contacts_send(request: HttpRequest, pk: int, channel: str) -> HttpResponse:
    return _send(request, pk, None, channel)


# --- a clinician recording for a participant --------------------------------------------
@login_required
@require_GET
def participant_contacts(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    return _overview(request, pk, enrolment_pk)


@login_required
@require_http_methods(["GET", "POST"])
def participant_contacts_share(request: HttpRequest, pk: int, enrolment_pk: int) -> HttpResponse:
    return _share(request, pk, enrolment_pk)


@login_required
@require_http_methods(["GET", "POST"])
def participant_contacts_check(
    request: HttpRequest, pk: int, enrolment_pk: int, channel: str
) -> HttpResponse:
    return _check(request, pk, enrolment_pk, channel)


@login_required
@require_POST
def participant_contacts_send(
    request: HttpRequest, pk: int, enrolment_pk: int, channel: str
) -> HttpResponse:
    return _send(request, pk, enrolment_pk, channel)
