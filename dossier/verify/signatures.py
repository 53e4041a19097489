"""The PAdES signatures of a pack, read back (VERIF-05, VERIF-09): the checkers of
`assemble/verification.py` (pyHanko, the `[sign]` extra) on every PDF that carries one.

A signature is in order when the bytes it covers are intact, it is cryptographically valid, a
timestamp it carries is valid, and nothing but form filling (a later signature: the debtor's) was
appended after it. Anything else appended after signing — a page, an annotation, a changed text —
is reported (VERIF-05), naming the file and the field. Without a trust root given, the signer's
certificate is not judged: said as information (VERIF-09), it does not fail the verification.
"""

from __future__ import annotations

from collections.abc import Mapping

from dossier.findings import Constat, constat

PERMISES = ("NONE", "LTA_UPDATES", "FORM_FILLING")  # what may follow a signature


def signe(pdf: bytes) -> bool:
    """A cheap test: a signature dictionary has a /ByteRange."""
    return b"/ByteRange" in pdf


def verifier_signatures_du_dossier(fichiers: Mapping[str, bytes]) -> tuple[list[Constat], int]:
    """The findings, and how many signatures were checked."""
    signes = {nom: pdf for nom, pdf in sorted(fichiers.items()) if nom.endswith(".pdf") and signe(pdf)}
    if not signes:
        return [], 0
    try:
        from dossier.assemble.verification import verifier_signatures
    except ImportError:
        return [
            constat(
                "VERIF-05",
                f"{nom} : signé, mais le module pyHanko (extra [sign]) n'est pas installé pour vérifier "
                "la signature",
                que_faire="Installez l'extra (pip install 'dossier[sign]'), puis relancez "
                "« dossier verify ».",
            )
            for nom in signes
        ], 0
    constats, nombre = [], 0
    for nom, pdf in signes.items():
        for etat in verifier_signatures(pdf):
            nombre += 1
            qui = f"{nom}, signature « {etat.champ} » ({etat.signataire})"
            if not (etat.intacte and etat.valide):
                constats.append(
                    constat("VERIF-05", f"{qui} : les octets signés ont changé, ou la signature est invalide")
                )
            elif etat.modifications not in PERMISES:
                constats.append(
                    constat(
                        "VERIF-05",
                        f"{qui} : le fichier a été modifié après la signature (modification "
                        f"« {etat.modifications} » "
                        "ajoutée à la suite du fichier signé)",
                    )
                )
            elif etat.horodatee and not etat.horodatage_valide:
                constats.append(constat("VERIF-05", f"{qui} : l'horodatage de la signature n'est pas valide"))
            else:
                constats.append(
                    constat(
                        "VERIF-09",
                        f"{qui} : intacte et valide ; le certificat du signataire n'est pas vérifié auprès "
                        "d'une "
                        "autorité de confiance",
                    )
                )
    return constats, nombre
