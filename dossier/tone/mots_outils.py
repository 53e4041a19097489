"""The function words the readings of a sentence share: the modal verbs « ne » alone denies, the
pronouns between « ne » and its verb, the words that open a clause (a negation stops there,
`polarite.py`; `analyse.py` cuts there) and how an infinitive ends."""

from __future__ import annotations

# « ne » alone with these verbs denies (« un retard ne peut donner lieu à une inscription », « votre
# dette ne saurait justifier une saisie ») — the literary negation, no particle needed
MODAUX = frozenset(
    {"peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "pouvons", "pouvez", "pourrons",
     "pourrez", "pourrions", "pourriez", "peux", "puis", "saurait", "sauraient", "saurions", "saurais",
     "saura", "sauront", "sait", "savent"}
)  # fmt: skip
# the pronouns between « ne » and its verb (« ne nous le peut », « ne vous sera »)
CLITIQUES = frozenset({"se", "me", "te", "nous", "vous", "le", "la", "les", "lui", "leur", "en", "y"})
# Words that open a new clause: a negation stops there.
CHARNIERES = frozenset(
    {"si", "mais", "car", "et", "ou", "que", "lorsque", "quand", "puisque", "sinon", "donc", "alors", "afin"}
)
INFINITIFS = ("er", "ir", "re")  # how an infinitive ends
