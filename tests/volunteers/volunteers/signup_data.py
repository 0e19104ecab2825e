"""A valid sign-up POST, shared by the sign-up tests."""


def valid_signup(municipality, **overrides) -> dict:
    data = {
        "roles": ["godparent"],
        "first_name": "Äijälä",
        "last_name": "Ñúñez",
        "email": "aijala@example.org",
        "phone": "+358 40 123 4567",
        "gender": "woman",
        "adults": "2",
        "children_birth_years": "2015, 2019",
        "municipality": str(municipality.pk),
        "postcode": "94100",
        "max_travel_km": "30",
        "language_1": "fi",
        "level_1": "3",
        "language_2": "ar",
        "level_2": "1",
        "language_3": "",
        "level_3": "",
        "child_age_min": "3",
        "child_age_max": "12",
        "availability": ["evenings", "weekends"],
        "meetings_per_month": "2",
        "capacity": "1",
        "interests": "luonto, leivonta",
        "wishes": [],
        "motivation": "Haluan auttaa.",
        "heard_from": "Kirjasto",
        "consent_privacy": "on",
        "consent_criminal_record": "on",
        "website": "",
    }
    data.update(overrides)
    return data
