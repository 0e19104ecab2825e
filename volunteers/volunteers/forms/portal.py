"""The volunteer's own profile form in the portal."""

from django import forms

from volunteers.volunteers.forms.signup import VolunteerDetailsMixin
from volunteers.volunteers.models import Volunteer


class ProfileForm(VolunteerDetailsMixin, forms.Form):
    """Profile, availability and capacity; the volunteer edits only their own row."""

    def __init__(self, *args, volunteer: Volunteer, **kwargs):
        self.volunteer = volunteer
        initial = {
            name: getattr(volunteer, name) for name in self.base_fields if name != "interests"
        }
        initial["interests"] = ", ".join(sorted(t.name for t in volunteer.interests.all()))
        super().__init__(*args, initial=initial, **kwargs)

    def save(self) -> Volunteer:
        volunteer = self.volunteer
        for name, value in self.cleaned_data.items():
            if name != "interests":
                setattr(volunteer, name, value)
        volunteer.interests.set(self.cleaned_data["interests"])
        volunteer.save()
        return volunteer
