"""Issue 14: uploaded resource files are written outside the code and are served only by
the access-checked download view, never by a URL of their own."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from programmes import services

pytestmark = pytest.mark.django_db

CODE = [
    Path(settings.BASE_DIR, name)
    for name in ("pmp_followon", "programmes", "groups", "safeguarding", "templates", "static")
]


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return Path(settings.MEDIA_ROOT)


def test_media_root_is_not_in_the_code():
    root = Path(settings.MEDIA_ROOT).resolve()
    assert not any(root.is_relative_to(folder.resolve()) for folder in CODE)
    assert root != Path(settings.BASE_DIR).resolve()


def test_uploads_land_in_media_root_and_download_through_the_view(
    client, media, service_admin, clinician, other_service_clinician
):
    upload = SimpleUploadedFile("leaflet.html", b"<script>alert(1)</script>", "text/html")
    resource = services.resource_create(
        actor=service_admin, title="Leaflet", audience="clinicians", file=upload
    )
    stored = Path(resource.file.path).resolve()
    assert stored.is_relative_to(media.resolve())
    assert not any(stored.is_relative_to(folder.resolve()) for folder in CODE)

    url = reverse("programmes:resource_file", args=[resource.pk])
    client.force_login(clinician)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"

    client.force_login(other_service_clinician)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code in (302, 404)
    # Nothing serves the media folder by URL.
    assert client.get(settings.MEDIA_URL + resource.file.name).status_code == 404
