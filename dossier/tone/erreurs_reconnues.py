"""A fee or a sum the creditor says it got wrong: the clause that owns up to its own mistake.

« Votre règlement avait bien été reçu, mais imputé par erreur sur un autre dossier », « nous avons
abandonné la demande de frais de dossier figurant par erreur sur notre courrier », « par erreur, les
pénalités avaient été calculées depuis la date de facture », « la facture mentionne par erreur une
TVA à 20 % au lieu de 10 % »: the creditor corrects an amount in the debtor's favour (C. civ.
1302-1: what was not owed is given back; CPCE L111-8 al. 2 charges nothing there). The fee rules
(category `frais`) do not read such a clause — the others still do: an error owned up to excuses
no visit and no third party told.

It is no correction when the error is denied (« ce n'est pas par erreur que… », « aucune erreur »),
when it is the debtor's claim (« les frais que vous pensez ajoutés par erreur »), when what was
wrong is an omission the letter now makes good (« les frais de relance avaient été oubliés par
erreur »), or when the clause takes the amount up again after the error (« …, mais restent dus »,
« désormais », « s'ajoutent »).

>>> texte = "votre paiement a ete impute par erreur sur un autre dossier. des frais de dossier s'appliquent."
>>> [texte[a:b] for a, b in erreurs_reconnues(texte)]
['votre paiement a ete impute par erreur sur un autre dossier']
>>> erreurs_reconnues("les frais que vous pensez ajoutes par erreur restent dus.")
[]
>>> erreurs_reconnues("par erreur, les frais de relance avaient ete oublies : ils s'ajoutent au solde.")
[]
>>> erreurs_reconnues("les frais de relance factures par erreur sont remplaces par des frais de gestion.")
[]
>>> erreurs_reconnues("suite a une erreur de facturation, nous appliquons des frais de recouvrement.")
[]
"""

from __future__ import annotations

import re

# the creditor's mistake named (folded text)
_ERREUR = re.compile(
    r"\b(par erreur|a tort|par inadvertance|par megarde|erronee?s?|errone"
    r"|mal (affecte|impute|enregistre|calcule|applique|saisi|reporte)e?s?"
    r"|(une|notre|cette|l') ?erreur (de|d'|dans|sur) ?"
    r"(calcul|facturation|imputation|saisie|notre|nos|la|le|l'|votre|taux))\b"
)
# ... denied, or the debtor's word for it, or a thing left out that the letter now adds
_PAS_D_ERREUR = re.compile(
    r"\b((n'est|n'etait|ne sont|n'etaient|ne s'agit|ne s'agissait) (pas|nullement|aucunement|en rien)"
    r"( (d'une|une|par|a|d'))?( erreur| tort| errone\w*| mal \w+)"
    r"|aucune erreur|pas d'erreur|sans erreur|nulle erreur"
    # « à tort ou à raison »: no mistake owned, the charge kept whatever the truth
    r"|a tort ou a raison"
    r"|(vous|tu) (pensez|penses|croyez|crois|estimez|dites|pretendez|affirmez|soutenez|invoquez"
    r"|evoquez|parlez)"
    r"|selon (vous|toi)|pretendue?s?|supposee?s?|soi-disant"
    r"|oubli\w*|omis\w*|omettre|manquai\w*|ne figurai\w* pas"
    r"|pas (encore )?(ete )?(factur|reclam|appliqu|compt|ajout|port)\w*)\b"
)
# ... or the amount taken up again after the error, in the same clause
_REPRIS_ENSUITE = re.compile(
    r"\b(mais|cependant|toutefois|pourtant|neanmoins|en revanche|par contre|desormais|dorenavant"
    r"|(restent|reste|demeurent|demeure|sont|seront|est|sera) (bien |donc |neanmoins |toutefois )?"
    r"(dus|due|dues|du|exigibles?|maintenue?s?)"
    r"|maintenons|maintiendrons|s'ajout\w*|ajoutons|ajouterons|en plus|en sus|majore\w*|major(ons|erons)"
    # ... or charged anew, or under another name (« annulés par erreur, sont rétablis », « facturés par
    # erreur, sont remplacés par des frais de recouvrement », « figurent à nouveau »): CPCE L111-8
    r"|a nouveau|de nouveau|retabli\w*|reintegr\w*|reappliqu\w*|reintrodui\w*|remplace\w*|substitu\w*"
    r"|(vous )?(seront|sera|sont|est) (factur|appliqu|prelev|ajout|reclam|inclu|integr|incorpor)\w*"
    r"|(factur|appliqu|prelev|reclam)(ons|erons)"
    # ... or the error made the ground of a charge (« reçu à tort, entraîne des frais », « d'où des
    # frais »)
    r"|entrain\w*|occasionn\w*|engendr\w*|gener(e|ent|era|eront)|justifi\w*|oblig\w*|d'ou"
    r"|donne lieu|donnent lieu|impliqu\w*|provoqu\w*|induit|induisent)\b"
)
# ... or the error given as the cause of what follows (« suite à une erreur de facturation, nous appliquons
# des frais »): a ground for a charge, no correction
_CAUSE_AVANT = re.compile(
    r"\b(suite (a|aux?)|(en raison|a cause|du fait|compte tenu|en consequence) (de|d'|du|des)"
    r"|consecutive?s? a)( [\w']+){0,2} ?$"
)
_FIN_DE_PROPOSITION = re.compile(r"[.;:!?]")


def erreurs_reconnues(texte: str) -> list[tuple[int, int]]:
    """The spans of `texte` (folded) of the clauses where the creditor owns up to a mistake of its own."""
    zones: list[tuple[int, int]] = []
    for trouve in _ERREUR.finditer(texte):
        debut = max((m.end() for m in _FIN_DE_PROPOSITION.finditer(texte, 0, trouve.start())), default=0)
        suite = _FIN_DE_PROPOSITION.search(texte, trouve.end())
        fin = suite.start() if suite else len(texte)
        if (
            _PAS_D_ERREUR.search(texte, debut, fin)
            or _REPRIS_ENSUITE.search(texte, trouve.end(), fin)
            or _CAUSE_AVANT.search(texte[debut : trouve.start()])
        ):
            continue
        while debut < fin and texte[debut] == " ":
            debut += 1
        zones.append((debut, fin))
    return sorted(set(zones))
