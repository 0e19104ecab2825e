"""Where uploaded media go: the local folder on a first run, the S3 bucket with
MEDIA_STORAGE=s3 (several machines; `make scale-check` runs it against an emulator)."""

import os
import subprocess
import sys

import pytest

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "example.org",
}


def _run(code: str, **env) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_"))}
    out = subprocess.run(  # noqa: S603 (our own interpreter, fixed arguments)
        [sys.executable, "-c", f"import django; django.setup()\n{code}"],
        env={**clean, **PRODUCTION, **env},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def test_the_first_run_keeps_uploads_in_the_local_folder(tmp_path):
    code = (
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage as s\n"
        "print(s.save('documents/plan.txt', ContentFile(b'plan')))"
    )
    name = _run(code, MEDIA_ROOT=str(tmp_path))
    assert (tmp_path / name).read_bytes() == b"plan"


def test_with_media_storage_s3_uploads_go_to_the_bucket(tmp_path):
    # moto's in-process S3: the bucket lives in the child process, which reports
    # what the bucket holds after a save through Django's storage.
    code = (
        "import boto3, moto\n"
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage as s\n"
        "with moto.mock_aws():\n"
        "    b = boto3.client('s3', region_name='eu-north-1')\n"
        "    b.create_bucket(Bucket='media', CreateBucketConfiguration="
        "{'LocationConstraint': 'eu-north-1'})\n"
        "    name = s.save('documents/plan.txt', ContentFile(b'plan'))\n"
        "    again = s.save('documents/plan.txt', ContentFile(b'other'))\n"
        "    body = b.get_object(Bucket='media', Key=name)['Body'].read().decode()\n"
        "    keys = sorted(o['Key'] for o in b.list_objects_v2(Bucket='media')['Contents'])\n"
        "    print(name, again, body, *keys)"
    )
    out = _run(
        code,
        MEDIA_STORAGE="s3",
        MEDIA_ROOT=str(tmp_path),
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_REGION_NAME="eu-north-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",  # noqa: S106 (moto's fake key)
    )
    name, again, body, *keys = out.split()
    assert body == "plan"
    # A second upload of the same name never replaces the first file.
    assert again != name
    assert keys == sorted([name, again])
    assert not any(tmp_path.iterdir())


def test_an_unknown_media_storage_is_refused():
    with pytest.raises(AssertionError, match="MEDIA_STORAGE must be"):
        _run("", MEDIA_STORAGE="nfs")
