"""Phone numbers: validated and stored in E.164 (+35840…) with `phonenumbers`, so a
number written 040 123 4567 and one written +358 40 1234567 are the same number."""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Numbers written without a country code are Finnish.
DEFAULT_REGION = "FI"


def normalise_phone(raw: str) -> str:
    """`raw` as +358401234567; ValidationError if it is not a possible phone number."""
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("%(value)s is not a phone number. Write it as 040 123 4567 or +358 40 123 4567."),
            code="invalid_phone",
            params={"value": raw},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_mobile(e164: str) -> bool:
    """Whether an SMS can reach the number (mobile, or mobile-or-fixed where unknown)."""
    kind = phonenumbers.number_type(phonenumbers.parse(e164))
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
