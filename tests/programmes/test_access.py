"""Every programmes page: who gets in (200/302), who may only look (403), strangers (404),
and the wrong method (405)."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from programmes import services
from programmes.models import CalendarFeedKind

from .conftest import NOW

pytestmark = pytest.mark.django_db

PERSONAS = (
    "clinician",  # facilitator: edits
    "clinical_lead",  # lead of the service: edits
    "ptv",  # PTV facilitator: looks and ticks
    "duty_clinician",  # another clinician of the service: looks only
    "service_admin",  # looks only
    "other_service_clinician",
    "participant",  # a participant of the service, not on this programme
    "enrolled",  # on this programme
    "outsider",
)

# (url key, method) -> the status each persona gets, in PERSONAS order.
OK, NO, GONE = 200, 403, 404
STAFF_READ = (OK, OK, OK, OK, OK, GONE, GONE, NO, GONE)
PEOPLE_READ = (OK, OK, NO, OK, OK, GONE, GONE, NO, GONE)
EDIT = (OK, OK, NO, NO, NO, GONE, GONE, NO, GONE)
EDIT_REDIRECT = (302, 302, NO, NO, NO, GONE, GONE, NO, GONE)
TICK = (OK, OK, OK, NO, NO, GONE, GONE, NO, GONE)
TICK_REDIRECT = (302, 302, 302, NO, NO, GONE, GONE, NO, GONE)
# Only the step's own PTV may say they cannot come; other staff who may tick get 403 from
# the service, people who may only look get 403 from the access check.
PTV_ONLY_REDIRECT = (NO, NO, 302, NO, NO, GONE, GONE, NO, GONE)
OWN = (GONE, GONE, GONE, GONE, GONE, GONE, GONE, OK, GONE)
OWN_REDIRECT = (GONE, GONE, GONE, GONE, GONE, GONE, GONE, 302, GONE)
RESOURCES = (OK, OK, OK, OK, OK, GONE, GONE, OK, GONE)

MATRIX = {
    ("detail", "get"): STAFF_READ,
    ("facilitators", "get"): STAFF_READ,
    ("session", "get"): STAFF_READ,
    ("step_introduce", "get"): STAFF_READ,
    ("step_confirm", "get"): STAFF_READ,
    ("participant", "get"): PEOPLE_READ,
    ("outcomes", "get"): PEOPLE_READ,
    ("edit", "get"): EDIT,
    ("cancel", "get"): EDIT,
    ("session_move", "get"): EDIT,
    ("session_cancel", "get"): EDIT,
    ("session_attendance", "get"): EDIT,
    ("enrol", "get"): EDIT,
    ("participant_choice", "get"): EDIT,
    ("participant_contacts", "get"): EDIT,
    ("participant_contacts_share", "get"): EDIT,
    ("participant_contacts_share", "post"): EDIT_REDIRECT,
    ("participant_contacts_check", "get"): EDIT,
    ("participant_contacts_check", "post"): EDIT,  # no code: shown again with its error
    ("participant_contacts_send", "post"): EDIT_REDIRECT,
    ("participant_withdraw", "get"): EDIT,
    ("facilitators", "post"): EDIT,  # an empty form: shown again with its errors
    ("facilitator_remove", "post"): EDIT_REDIRECT,
    ("participant_reinstate", "post"): EDIT_REDIRECT,
    ("suggest_group", "post"): EDIT_REDIRECT,
    ("step_checklist", "get"): TICK,
    ("step_checklist", "post"): TICK_REDIRECT,
    ("step_ptv", "get"): EDIT,
    ("step_ptv", "post"): EDIT_REDIRECT,
    ("step_options", "get"): EDIT,
    ("step_options", "post"): EDIT_REDIRECT,
    ("step_meeting", "get"): EDIT,
    ("step_meeting", "post"): EDIT_REDIRECT,
    ("step_unavailable", "post"): PTV_ONLY_REDIRECT,
    ("my_choices", "get"): OWN,
    ("my_contacts", "get"): OWN,
    ("my_contacts_share", "get"): OWN,
    ("my_contacts_share", "post"): OWN_REDIRECT,
    ("my_contacts_check", "get"): OWN,
    ("my_contacts_check", "post"): OWN,  # no code: shown again with its error
    ("my_contacts_send", "post"): OWN_REDIRECT,
    ("my_choices", "post"): OWN_REDIRECT,
    ("programme_resources", "get"): RESOURCES,
}

POST_DATA = {
    "facilitators": {},
    "step_checklist": {"ticked": ["questions"]},
    "step_ptv": {"ptv": ""},
    "step_options": {"options_note": "Thursday mornings"},
    "step_meeting": {"poll_instead": "on"},
    "my_choices": {"continue_choice": "keen"},
    "participant_contacts_share": {"kinds": ["email"]},
    "my_contacts_share": {"kinds": ["email"]},
}


@pytest.fixture
def world(
    programme_with_ptv,
    enrol,
    clinician,
    duty_clinician,
    service_admin,
    other_service_clinician,
    participant,
    outsider,
    clinical_lead,
    ptv,
):
    programme = programme_with_ptv
    enrolled = enrol(programme, "enrolled@example.org", name="Enrolled")
    spare = enrol(programme, "spare@example.org", name="Spare")
    services.enrolment_withdraw(actor=clinician, enrolment=spare, reason="Moved", now=NOW)
    helper = services.facilitator_add(
        actor=clinician,
        programme=programme,
        user=duty_clinician,
        discipline="physiotherapist",
        now=NOW,
    )
    services.facilitator_remove(actor=clinician, facilitator=helper, now=NOW)
    people = {
        "clinician": clinician,
        "clinical_lead": clinical_lead,
        "ptv": ptv,
        "duty_clinician": duty_clinician,
        "service_admin": service_admin,
        "other_service_clinician": other_service_clinician,
        "participant": participant,
        "enrolled": enrolled.participant,
        "outsider": outsider,
    }
    pk = programme.pk
    urls = {
        "detail": reverse("programmes:detail", args=[pk]),
        "edit": reverse("programmes:edit", args=[pk]),
        "cancel": reverse("programmes:cancel", args=[pk]),
        "facilitators": reverse("programmes:facilitators", args=[pk]),
        "session": reverse("programmes:session", args=[pk, 9]),
        "session_move": reverse("programmes:session_move", args=[pk, 9]),
        "session_cancel": reverse("programmes:session_cancel", args=[pk, 9]),
        "session_attendance": reverse("programmes:session_attendance", args=[pk, 1]),
        "enrol": reverse("programmes:enrol", args=[pk]),
        "participant": reverse("programmes:participant", args=[pk, enrolled.pk]),
        "participant_choice": reverse("programmes:participant_choice", args=[pk, enrolled.pk]),
        "participant_contacts": reverse("programmes:participant_contacts", args=[pk, enrolled.pk]),
        "participant_contacts_share": reverse(
            "programmes:participant_contacts_share", args=[pk, enrolled.pk]
        ),
        "participant_contacts_check": reverse(
            "programmes:participant_contacts_check", args=[pk, enrolled.pk, "email"]
        ),
        "participant_contacts_send": reverse(
            "programmes:participant_contacts_send", args=[pk, enrolled.pk, "email"]
        ),
        "participant_withdraw": reverse("programmes:participant_withdraw", args=[pk, enrolled.pk]),
        "participant_reinstate": reverse("programmes:participant_reinstate", args=[pk, spare.pk]),
        "facilitator_remove": reverse(
            "programmes:facilitator_remove",
            args=[pk, programme.facilitators.get(user=ptv).pk],
        ),
        "step_introduce": reverse("programmes:step", args=[pk, "introduce"]),
        "step_confirm": reverse("programmes:step", args=[pk, "confirm"]),
        "step_checklist": reverse("programmes:step_checklist", args=[pk, "introduce"]),
        "step_ptv": reverse("programmes:step_ptv", args=[pk, "introduce"]),
        "step_unavailable": reverse("programmes:step_unavailable", args=[pk, "introduce"]),
        "step_options": reverse("programmes:step_options", args=[pk]),
        "step_meeting": reverse("programmes:step_meeting", args=[pk]),
        "outcomes": reverse("programmes:outcomes", args=[pk]),
        "suggest_group": reverse("programmes:suggest_group", args=[pk, enrolled.pk]),
        "my_choices": reverse("programmes:my_choices", args=[pk]),
        "my_contacts": reverse("programmes:my_contacts", args=[pk]),
        "my_contacts_share": reverse("programmes:my_contacts_share", args=[pk]),
        "my_contacts_check": reverse("programmes:my_contacts_check", args=[pk, "email"]),
        "my_contacts_send": reverse("programmes:my_contacts_send", args=[pk, "email"]),
        "programme_resources": reverse("programmes:programme_resources", args=[pk]),
    }
    return {"people": people, "urls": urls, "programme": programme}


@pytest.mark.parametrize("persona", PERSONAS)
def test_who_gets_what(client, world, persona):
    """One persona against every page (GETs first, so a POST that works changes nothing
    the later checks depend on). Every mismatch is listed, not just the first."""
    client.force_login(world["people"][persona])
    column = PERSONAS.index(persona)
    wrong = []
    for (key, method), statuses in sorted(MATRIX.items(), key=lambda item: item[0][1]):
        url = world["urls"][key]
        data = POST_DATA.get(key, {})
        response = client.get(url) if method == "get" else client.post(url, data)
        if response.status_code != statuses[column]:
            wrong.append((key, method, response.status_code, statuses[column]))
    assert wrong == []


def test_signed_out_people_are_sent_to_sign_in(client, world):
    for key in sorted({key for key, _method in MATRIX}):
        response = client.get(world["urls"][key])
        assert response.status_code == 302, key
        assert response["Location"].startswith(reverse("account_login")), key


GET_ONLY = (
    "detail",
    "session",
    "participant",
    "outcomes",
    "programme_resources",
    "step_introduce",
    "step_confirm",
    "participant_contacts",
    "my_contacts",
)
POST_ONLY = (
    "facilitator_remove",
    "participant_reinstate",
    "suggest_group",
    "step_unavailable",
    "participant_contacts_send",
    "my_contacts_send",
)
GET_AND_POST = (
    "edit",
    "cancel",
    "facilitators",
    "session_move",
    "session_cancel",
    "session_attendance",
    "enrol",
    "participant_choice",
    "participant_contacts_share",
    "participant_contacts_check",
    "participant_withdraw",
    "step_checklist",
    "step_ptv",
    "step_options",
    "step_meeting",
    "my_choices",
    "my_contacts_share",
    "my_contacts_check",
)


def test_the_wrong_method_is_405(client, world):
    client.force_login(world["people"]["clinician"])
    for key in GET_ONLY + POST_ONLY + GET_AND_POST:
        url = world["urls"][key]
        if key in GET_ONLY:
            assert client.post(url).status_code == 405, key
        if key in POST_ONLY:
            assert client.get(url).status_code == 405, key
        assert client.put(url).status_code == 405, key
        assert client.delete(url).status_code == 405, key


# --- pages outside a programme --------------------------------------------------------
SERVICE_PAGES = {
    # key: (url name, statuses for clinician, ptv, service_admin, participant, outsider)
    "list": ("programmes:list", (OK, OK, OK, OK, OK)),
    "create": ("programmes:create", (OK, NO, NO, NO, NO)),
    "closures": ("programmes:closures", (OK, OK, OK, NO, NO)),
    "calendar": ("programmes:calendar", (OK, OK, OK, NO, NO)),
    "settings": ("programmes:settings", (NO, NO, OK, NO, NO)),
    "resources": ("programmes:resources", (OK, OK, OK, NO, NO)),
    "resource_create": ("programmes:resource_create", (OK, NO, OK, NO, NO)),
}


@pytest.mark.parametrize("key", list(SERVICE_PAGES))
@pytest.mark.parametrize(
    "persona", ["clinician", "ptv", "service_admin", "participant", "outsider"]
)
def test_service_pages(client, key, persona, request):
    name, statuses = SERVICE_PAGES[key]
    expected = statuses[
        ["clinician", "ptv", "service_admin", "participant", "outsider"].index(persona)
    ]
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse(name)).status_code == expected


def test_leads_change_the_settings(client, clinical_lead):
    client.force_login(clinical_lead)
    assert client.get(reverse("programmes:settings")).status_code == 200


@pytest.mark.parametrize("name", [n for n, _s in SERVICE_PAGES.values()])
def test_service_pages_refuse_put(client, clinician, name):
    client.force_login(clinician)
    assert client.put(reverse(name)).status_code == 405


def test_an_outsider_sees_no_programme_in_the_list(client, world, outsider, participant):
    for person in (outsider, participant):
        client.force_login(person)
        body = client.get(reverse("programmes:list")).content.decode()
        assert world["programme"].name not in body


def test_the_lists_show_a_services_own_programmes_only(client, world, other_service_clinician):
    client.force_login(other_service_clinician)
    assert world["programme"].name not in client.get(reverse("programmes:list")).content.decode()
    assert (
        world["programme"].name not in client.get(reverse("programmes:closures")).content.decode()
    )


@pytest.fixture
def resource(clinician):
    return services.resource_create(
        actor=clinician,
        title="Follow-on groups: a guide for patients",
        audience="patients",
        step="introduce",
        file=ContentFile(b"%PDF-1.4 guide", name="guide.pdf"),
        now=NOW,
    )


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("clinician", 200),
        ("ptv", 200),
        ("enrolled", 200),
        ("participant", 404),
        ("other_service_clinician", 404),
        ("outsider", 404),
    ],
)
def test_resource_files(client, world, resource, persona, expected):
    client.force_login(world["people"][persona])
    response = client.get(reverse("programmes:resource_file", args=[resource.pk]))
    assert response.status_code == expected
    if expected == 200:
        assert b"".join(response.streaming_content) == b"%PDF-1.4 guide"


def test_clinicians_only_resources_are_not_for_participants(client, world, clinician):
    sheet = services.resource_create(
        actor=clinician,
        title="For clinicians",
        audience="clinicians",
        url="https://example.org/c",
        now=NOW,
    )
    client.force_login(world["people"]["enrolled"])
    assert client.get(reverse("programmes:resource_file", args=[sheet.pk])).status_code == 404
    client.force_login(clinician)
    response = client.get(reverse("programmes:resource_file", args=[sheet.pk]))
    assert response.status_code == 302 and response["Location"] == "https://example.org/c"


def test_archiving_a_resource(client, world, resource, clinician, ptv, other_service_clinician):
    url = reverse("programmes:resource_archive", args=[resource.pk])
    client.force_login(ptv)
    assert client.post(url).status_code == 403
    client.force_login(other_service_clinician)
    assert client.post(url).status_code == 404
    client.force_login(clinician)
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 302
    client.force_login(world["people"]["enrolled"])
    assert client.get(reverse("programmes:resource_file", args=[resource.pk])).status_code == 404


def test_a_calendar_feed_with_a_wrong_token_is_404_and_only_get_works(client, clinician):
    assert client.get(reverse("programmes:calendar_feed", args=["nope"])).status_code == 404
    token = services.calendar_feed_for(user=clinician, kind=CalendarFeedKind.PROGRAMMES).token
    url = reverse("programmes:calendar_feed", args=[token])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 405


def test_a_participants_feed_address_does_not_work(client, participant):
    token = services.calendar_feed_for(user=participant, kind=CalendarFeedKind.PROGRAMMES).token
    assert client.get(reverse("programmes:calendar_feed", args=[token])).status_code == 404


def test_an_unknown_step_or_session_is_404(client, world, clinician):
    client.force_login(clinician)
    pk = world["programme"].pk
    assert client.get(reverse("programmes:step", args=[pk, "party"])).status_code == 404
    for action in ("step_checklist", "step_ptv"):
        assert client.get(reverse(f"programmes:{action}", args=[pk, "party"])).status_code == 404
    assert (
        client.post(reverse("programmes:step_unavailable", args=[pk, "party"])).status_code == 404
    )
    assert client.get(reverse("programmes:session", args=[pk, 11])).status_code == 404
    assert client.get(reverse("programmes:detail", args=[99999])).status_code == 404
