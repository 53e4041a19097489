"""The debtor's fear, belief or question answered (`paroles_rapportees.py`), in the adversarial
review of the thirty-fifth pass: a denial bounded in time (« ce n'est pas encore le cas », « pas
pour l'instant », « non, pas ce mois-ci », « pas aujourd'hui »), a bare « Non. » taken back in the
next sentence, or a belief « corrected » by a worse act (« ce n'est pas le cas : nous irons le voir
en personne ») puts the act off or confirms it — the clause stays ours and is refused (C. conso.
L121-6, L121-7; C. civ. 9; CPCE L111-2). A denial that renounces the act still takes the debtor's
words back.

These sentences are not in `corpus.yaml`: there they would also train the learnt reader
(`pression.json`), and the threats among them, full of denials, pushed two lawful paragraphs of
the studied sets 34 and 93 over its veto. Here they only check the exceptions.
"""

from __future__ import annotations

import pytest

from dossier.tone.contexte import CIVIL
from dossier.tone.linter import examiner
from tests.tone.test_tenus_a_l_ecart import bloquants

MENACES = [
    "Vous craignez que nous prévenions votre employeur ? Ce n'est pas encore le cas.",
    "Vous redoutez que votre voiture soit saisie : ce n'est pas le cas pour le moment, tout dépend de vous.",
    "Vous nous avez demandé si nous allions saisir votre voiture : non, pas ce mois-ci.",
    "Vous craignez que votre employeur soit prévenu. Non. Il le sera lundi si rien n'est réglé.",
    "Vous pensez que nous allons appeler votre employeur ? Ce n'est pas le cas : nous irons le "
    "voir en personne.",
    "Vous croyez que nous allons informer vos voisins ? C'est inexact, nous ne les informerons "
    "pas aujourd'hui.",
    "Vous craignez que nous venions chez vous ? Il n'en est rien pour l'heure.",
    "Votre courriel laisse entendre que nous aurions prévenu votre famille. C'est inexact : "
    "nous ne l'avons pas encore fait.",
    "Vous avez peur que votre fils apprenne votre dette ? Ce n'est pas le cas, jusqu'à présent.",
    "Vous nous avez demandé si nous allions prévenir votre employeur. Nous ne le préviendrons "
    "pas aujourd'hui.",
]
LICITES = [
    "Vous craignez une saisie de votre salaire : ce ne sera pas le cas, aucune saisie n'est "
    "possible sans jugement.",
    "Vous pensez que nous avons informé vos voisins ? Ce n'est pas le cas : nous ne "
    "communiquons jamais avec des tiers.",
    "Vous craignez que votre compte soit bloqué. Nous n'avons ni le pouvoir ni l'intention de "
    "bloquer votre compte.",
    "Vous nous avez demandé si votre abonnement serait suspendu. Nous ne suspendrons aucun "
    "contrat pour cette facture.",
    "Votre courriel laisse entendre que nous aurions contacté votre employeur. C'est inexact : "
    "personne chez nous ne l'a fait ni ne le fera.",
    "Vous craignez qu'un huissier vienne chez vous. Il n'en est rien : nous souhaitons "
    "simplement convenir d'un échéancier.",
]


def _bloquants(texte: str) -> set[str]:
    return bloquants({r.motif.code for r in examiner(texte, CIVIL)})


@pytest.mark.parametrize("texte", MENACES, ids=lambda t: t[:50])
def test_reponse_bornee_ou_reprise_refusee(texte: str) -> None:
    assert _bloquants(texte)


@pytest.mark.parametrize("texte", LICITES, ids=lambda t: t[:50])
def test_dementi_qui_renonce_admis(texte: str) -> None:
    assert _bloquants(texte) == set()
