"""A word named, not used: the quoted term of a sentence that corrects an earlier letter.

« Le mot « huissier » qui figurait par erreur dans notre précédent courrier était inexact »,
« la mention « dernier avis avant saisie » n'aurait pas dû y figurer », « la mention « frais de
recouvrement » correspond exclusivement à l'indemnité légale »: the creditor withdraws or explains
the words between the quotation marks; they threaten no one. Only a quotation that a noun of
wording introduces (« le mot », « la mention », « l'intitulé »…) is set aside, and only in a
sentence that says it was wrong, withdrawn, means less than it seemed or came from someone else
(« le message « avis avant saisie » que vous avez reçu ne vient pas de nous ») — never one that says it
was missing or wrongly taken out (« la mention « saisie » manquait par erreur », « a été supprimée
par erreur et figure bien sur celui-ci » announce it).
A quotation in the clause of a letter the debtor received (« un faux courrier … réclamant un
paiement « avant saisie » ») is that letter's wording too; the sentence that says it is forged or
not ours may be the next one of the paragraph when it takes the letter up (« Ce document ne provient
pas de nous »).

>>> texte = "le mot « huissier » figurait par erreur dans notre courrier. un huissier viendra."
>>> [texte[a:b] for a, b in termes_rectifies(texte)]
['huissier']
>>> termes_rectifies("la mention « saisie immediate » figurera sur votre dossier.")
[]
>>> texte = "un courrier vous reclamait un paiement « avant saisie ». ce courrier ne vient pas de nous."
>>> [texte[a:b] for a, b in termes_rectifies(texte)]
['avant saisie']
>>> texte = "le mot « huissier » de votre bail ne signifie pas qu'un huissier viendra."
>>> [texte[a:b] for a, b in termes_rectifies(texte)]
['huissier']
>>> texte = "le jugement porte la formule executoire « la republique francaise mande et ordonne… »."
>>> [texte[a:b] for a, b in termes_rectifies(texte)]
['la republique francaise mande et ordonne…']
>>> termes_rectifies("ce courrier porte la formule executoire « la republique francaise mande et ordonne ».")
[]
"""

from __future__ import annotations

import re

# the noun that introduces the quoted wording, then the quotation itself (its content: group 1)
_TERME_CITE = re.compile(
    r"(?i)\b(?:le mot|les mots|le terme|les termes|la mention|les mentions|la formule|l'expression"
    r"|l'intitule|le libelle|l'en-tete|le titre|le message|le sms|le courrier|le mail|l'objet)"
    r"\s*[«\"“]\s*([^«»\"“”.!?]{1,80}?)\s*[»\"”]"
)
# … or a quotation inside the clause of a letter the debtor received (« un faux courrier …
# réclamant un paiement « avant saisie » »): the words that letter used, quoted (group 1)
_DOCUMENT_CITE = re.compile(
    r"(?i)\b(?:courrier|lettre|message|sms|mail|courriel|document|avis)s?\b[^«»\"“”.!?;:]{0,80}?"
    r"[«\"“]\s*([^«»\"“”.!?]{1,80}?)\s*[»\"”]"
)
# a letter a paragraph names, then says of in its next sentence (« … Ce document ne provient pas
# de nous »): that sentence is read with the one that quotes it
_REPRISE = re.compile(
    r"(?i)\s*(?:ce|cet|cette|ces)\s+(?:courrier|lettre|message|sms|mail|courriel|document|avis)s?\b"
)
# the sentence says the wording was wrong, withdrawn, or means only what it explains
_RECTIFIE = re.compile(
    r"(?i)\b(par erreur|a tort|inexacte?s?|erronee?s?|n'aurai(?:t|ent) pas du|ne devai(?:t|ent) pas"
    r"|retiree?s?|retirons|supprimee?s?|supprimons|rectifiee?s?|rectifions|corrigee?s?|corrigeons"
    r"|(?:correspond|correspondent|designe|designent|vise|visent) (?:exclusivement|uniquement|seulement"
    r"|simplement) a"
    # the word means less than it seems: « le mot « huissier » de votre bail ne signifie pas qu'un
    # huissier viendra » (the denial of what follows is polarite.py's) — not when that clause denies
    # or escapes the act again (« … ne signifie pas que nous attendrons un jugement pour la pratiquer »:
    # two negations assert it, polarite.ECHAPPER)
    r"|ne (?:signifie|signifient|veut|veulent) (?:pas|nullement|en rien|aucunement)(?: dire)? qu(?:'|e )"
    r"(?![^.!?]*\b(?:ne|n'|pas|jamais|plus|aucune?|sans|(?:echapp|evit|renonc|abandon|epargn|annul|suspend|exclu"
    r"|ecart|abri|impun|attend|patient|report|differ)\w*)\b)"
    # a message the debtor received from someone else: a phishing attempt named
    r"|ne (?:pro)?vien(?:t|nent) pas de nous|n'emane pas de (?:nous|notre)|hameconnage|frauduleu(?:x|se)"
    # a forged letter (« un faux courrier à l'en-tête de notre société »)
    r"|faux (?:courrier|message|mail|courriel|sms|document|avis)s?|fausses? (?:lettres?|relances?)"
    r"|tentative de fraude"
    # the word named only to deny it: « le mot « huissier » ne figure ici que pour vous dire
    # qu'aucun huissier n'a été mandaté »
    r"|que pour (?:vous )?(?:dire|preciser|indiquer|confirmer|assurer)"
    r" qu(?:'|e )(?:aucun|aucune|personne|rien|nul))\b"
)
# ... but not that it was missing or wrongly taken out: then the sentence puts it back
_OMIS = re.compile(
    r"(?i)\b(ne figurai(?:t|ent) pas|manquai(?:t|ent)|omise?s?|oubliee?s?|absente?s?"
    r"|(?:supprimee?s?|retiree?s?|enlevee?s?) (?:par erreur|a tort)"
    r"|n'aurai(?:t|ent) pas du etre (?:retir|supprim|enlev)\w*"
    r"|retabli\w*|reintegr\w*|figuren?t? bien|maintenue?s?)\b"
)


# ... unless it says the message is indeed ours (« n'est pas une tentative de fraude : il émane bien
# de notre cabinet »)
_CONFIRME = re.compile(
    r"(?i)\b((n'est|ne sont|pas) (une |un |des )?(tentative de fraude|frauduleu\w*|hameconnage|arnaque|faux)"
    r"|(emane|emanent|vient|viennent|provient|proviennent) bien de (nous|notre))\b"
)
# the formule exécutoire quoted after what bears it (« le jugement est revêtu de la formule
# exécutoire, qui commence par « En conséquence, la République française mande et ordonne… » »): the
# words a judgment's copy bears (CPC 502; décret n° 47-1047, art. 1), no order of the creditor's —
# not in a sentence that gives it to the letter (« ce courrier est revêtu de la formule exécutoire »)
_FORMULE = re.compile(
    r"(?i)\bformule executoire\b[^«»\"“”.!?]{0,60}[«\"“]\s*((?:en consequence,? )?la republique francaise"
    r" mande et ordonne\b[^«»\"“”]{0,200}?)\s*[»\"”]"
)
_PORTEUR = re.compile(r"(?i)\b(jugements?|ordonnances?|arrets?|decisions?|copies?|expeditions?|grosses?)\b")
_LETTRE = re.compile(
    r"(?i)\b(ce|cet|cette|le present|la presente|notre|nos|mon|ma) (courrier|lettre|message|courriel|mail"
    r"|document|avis|envoi|sms|relance|mise en demeure)s?\b"
)
GUILLEMETS = '«"“'  # the opening marks `_TERME_CITE` and `_DOCUMENT_CITE` need, which no case folds to


def termes_rectifies(texte: str) -> list[tuple[int, int]]:
    """The spans of `texte` (folded) quoted as wording the sentence corrects or withdraws."""
    if not any(guillemet in texte for guillemet in GUILLEMETS):
        return []  # both expressions need an opening quotation mark: most pages hold none
    zones = []
    for trouve in (*_TERME_CITE.finditer(texte), *_DOCUMENT_CITE.finditer(texte)):
        debut = max(texte.rfind(c, 0, trouve.start()) for c in ".!?") + 1
        fin = _fin_de_phrase(texte, trouve.end())
        if fin < len(texte) and _REPRISE.match(texte, fin + 1):
            fin = _fin_de_phrase(texte, fin + 1)  # the next sentence takes the letter up
        phrase = texte[debut:fin]
        if _RECTIFIE.search(phrase) and not _OMIS.search(phrase) and not _CONFIRME.search(phrase):
            zones.append(trouve.span(1))
    for trouve in _FORMULE.finditer(texte):
        debut = max(texte.rfind(c, 0, trouve.start()) for c in ".!?") + 1
        avant = texte[debut : trouve.start()]
        if _PORTEUR.search(avant) and not _LETTRE.search(avant):
            zones.append(trouve.span(1))
    return sorted(set(zones))


def _fin_de_phrase(texte: str, depuis: int) -> int:
    """Where the sentence of `texte` that goes on at `depuis` ends (its « . », « ! » or « ? »)."""
    return min((i for i in (texte.find(c, depuis) for c in ".!?") if i >= 0), default=len(texte))
