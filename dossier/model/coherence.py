"""Cross-field checks of a parsed claim: what each field alone cannot tell (codes VALEUR-09, -10, -11)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePosixPath

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.model import limites
from dossier.model.claim import Creance


def verifier_coherence(creance: Creance) -> list[Constat]:
    return [
        *_nom_du_virement(creance),
        *_factures(creance),
        *_paiements(creance),
        *_courriers(creance),
        *_divers(creance),
        *_plan(creance),
        *_pieces(creance),
    ]


def _incoherence(creance: Creance, message: str, chemin: tuple[str | int, ...], que_faire: str) -> Constat:
    return constat("VALEUR-09", message, ou=creance.position(*chemin), que_faire=que_faire)


def _nom_du_virement(creance: Creance) -> list[Constat]:
    """The payment QR code carries the account holder's name, at most 70 characters (EPC069-12):
    a longer name without `banque.titulaire` would fail when the letter is rendered, far from its
    line; it is refused here, at the name."""
    constats = []
    for partie, qui in (("creancier", creance.creancier), ("mandataire", creance.mandataire)):
        if qui is None or qui.banque is None or qui.banque.titulaire or len(qui.nom) <= limites.NOM_VIREMENT:
            continue
        constats.append(
            constat(
                "VALEUR-12",
                f"le nom « {qui.nom[:40]}… » ({len(qui.nom)} caractères) est celui du titulaire du compte "
                f"que porte le code QR de paiement, qui en admet {limites.NOM_VIREMENT} au plus",
                ou=creance.position(partie, "nom"),
                que_faire="Ajoutez « titulaire: » sous « banque: », avec le nom du compte tel que la "
                "banque l'écrit (70 caractères au plus).",
            )
        )
    return constats


def _factures(creance: Creance) -> list[Constat]:
    constats = []
    premiers: dict[str, int] = {}
    for i, facture in enumerate(creance.factures):
        if facture.numero in premiers:
            premier = premiers[facture.numero]
            ou = creance.position("factures", premier, "numero")
            ligne = f" ligne {ou.ligne}" if ou else ""
            constats.append(
                _incoherence(
                    creance,
                    f"le numéro de facture « {facture.numero} » est déjà celui de factures[{premier}]"
                    f"{ligne} : chaque facture a un numéro unique",
                    ("factures", i, "numero"),
                    "Corrigez le numéro de cette facture, ou retirez-la si c'est un doublon.",
                )
            )
        premiers.setdefault(facture.numero, i)
        if facture.echeance < facture.date:
            constats.append(
                _incoherence(
                    creance,
                    f"la facture {facture.numero} échoit ({date_longue(facture.echeance)}) avant sa date "
                    f"d'émission ({date_longue(facture.date)})",
                    ("factures", i, "echeance"),
                    "Corrigez l'échéance ou la date de la facture.",
                )
            )
        if facture.montant_ttc <= 0:
            constats.append(
                _incoherence(
                    creance,
                    f"la facture {facture.numero} a un montant nul",
                    ("factures", i, "montant_ttc"),
                    "Retirez cette facture ou corrigez son montant.",
                )
            )
    return constats


def _paiements(creance: Creance) -> list[Constat]:
    constats = []
    numeros = {f.numero for f in creance.factures}
    for i, paiement in enumerate(creance.paiements):
        if paiement.facture is not None and paiement.facture not in numeros:
            constats.append(
                _incoherence(
                    creance,
                    f"le paiement du {date_longue(paiement.date)} vise la facture « {paiement.facture} », "
                    "absente de « factures »",
                    ("paiements", i, "facture"),
                    f"Écrivez l'un de ces numéros : {', '.join(sorted(numeros))}.",
                )
            )
        if paiement.montant <= 0:
            constats.append(
                _incoherence(
                    creance,
                    f"le paiement du {date_longue(paiement.date)} a un montant nul",
                    ("paiements", i, "montant"),
                    "Retirez ce paiement ou corrigez son montant.",
                )
            )
        if paiement.recu_par == "mandataire" and creance.mandataire is None:
            constats.append(
                _incoherence(
                    creance,
                    "paiement reçu par un mandataire alors qu'aucun « mandataire » n'est déclaré",
                    ("paiements", i, "recu_par"),
                    "Déclarez la société de recouvrement dans « mandataire », "
                    "ou écrivez « recu_par: creancier ».",
                )
            )
    total_paye = sum((p.montant for p in creance.paiements), Decimal(0))
    if total_paye > creance.total_factures:
        constats.append(
            _incoherence(
                creance,
                f"les paiements ({total_paye} €) dépassent le total des factures "
                f"({creance.total_factures} €) : il n'y a rien à réclamer",
                ("paiements",),
                "Vérifiez les montants ; un trop-perçu se rembourse, il ne se réclame pas.",
            )
        )
    return constats


def _courriers(creance: Creance) -> list[Constat]:
    constats = []
    numeros = {f.numero for f in creance.factures}
    vus: dict[tuple[str, object], int] = {}
    for i, courrier in enumerate(creance.courriers):
        premier = vus.setdefault((courrier.type, courrier.date), i)
        if premier != i and courrier.type != "autre":
            constats.append(
                _incoherence(
                    creance,
                    f"le courrier « {courrier.type} » du {date_longue(courrier.date)} est enregistré "
                    f"deux fois (déjà en courriers[{premier}])",
                    ("courriers", i, "type"),
                    "Retirez le doublon : chaque courrier envoyé ne s'enregistre qu'une fois.",
                )
            )
        for numero in courrier.factures or ():
            if numero not in numeros:
                constats.append(
                    _incoherence(
                        creance,
                        f"le courrier du {date_longue(courrier.date)} vise la facture « {numero} », "
                        "absente de « factures »",
                        ("courriers", i, "factures"),
                        f"Écrivez l'un de ces numéros : {', '.join(sorted(numeros))}.",
                    )
                )
        recu = courrier.accuse_reception
        if recu is not None and recu.date < courrier.date:
            constats.append(
                _incoherence(
                    creance,
                    f"l'accusé de réception ({date_longue(recu.date)}) précède l'envoi du courrier "
                    f"({date_longue(courrier.date)})",
                    ("courriers", i, "accuse_reception", "date"),
                    "Corrigez l'une des deux dates.",
                )
            )
        if courrier.numero_lrar and courrier.envoi != "lrar":
            constats.append(
                _incoherence(
                    creance,
                    "un numéro de recommandé est donné pour un envoi qui n'est pas une LRAR",
                    ("courriers", i, "envoi"),
                    "Écrivez « envoi: lrar », ou retirez « numero_lrar ».",
                )
            )
    return constats


def _divers(creance: Creance) -> list[Constat]:
    constats = []
    creancier = creance.creancier
    # INSEE: a SIRET is the SIREN followed by the establishment's 5-digit NIC
    if creancier.siren and creancier.siret and not creancier.siret.startswith(creancier.siren):
        constats.append(
            _incoherence(
                creance,
                f"le SIRET {creancier.siret} n'est pas celui d'un établissement du SIREN {creancier.siren} "
                "(ses 9 premiers chiffres doivent être le SIREN)",
                ("creancier", "siret"),
                "Recopiez le SIRET et le SIREN depuis le même avis de situation INSEE.",
            )
        )
    debiteur = creance.debiteur
    if debiteur.type == "personne_morale" and debiteur.consommateur:
        constats.append(
            _incoherence(
                creance,
                "une personne morale ne peut pas être un consommateur (C. conso., article liminaire)",
                ("debiteur", "consommateur"),
                "Écrivez « consommateur: false », ou « type: personne_physique ».",
            )
        )
    if debiteur.consommateur and debiteur.artisan:
        # « artisan: true » says the debtor contracted for his trade (L721-3), a consumer did not
        constats.append(
            _incoherence(
                creance,
                "le débiteur est dit à la fois « consommateur: true » et « artisan: true » : a-t-il "
                "contracté en particulier, ou pour son métier ?",
                ("debiteur", "artisan"),
                "Pour un achat privé, écrivez « artisan: false » ; pour son métier, « consommateur: false ».",
            )
        )
    plan = creance.plan
    if plan is not None and (plan.nombre_echeances is None) == (plan.montant_echeance is None):
        constats.append(
            _incoherence(
                creance,
                "le plan donne à la fois « nombre_echeances » et « montant_echeance »"
                if plan.nombre_echeances is not None
                else "le plan ne donne ni « nombre_echeances » ni « montant_echeance »",
                ("plan",),
                "Donnez exactement l'un des deux : « nombre_echeances: 6 » "
                'ou « montant_echeance: "400.00" ».',
            )
        )
    if creance.options.delai_mise_en_demeure_jours < 1:
        constats.append(
            _incoherence(
                creance,
                "le délai de la mise en demeure doit être d'au moins un jour",
                ("options", "delai_mise_en_demeure_jours"),
                "Donnez un délai raisonnable : 8 à 15 jours est l'usage.",
            )
        )
    return constats


def _plan(creance: Creance) -> list[Constat]:
    """The plan's own consistency, and what its means of payment needs from the parties."""
    plan = creance.plan
    if plan is None:
        return [
            _incoherence(
                creance,
                f"le courrier « {courrier.type} » du {date_longue(courrier.date)} suppose un échéancier, "
                "mais le dossier "
                "n'a pas de « plan »",
                ("courriers", i, "type"),
                "Décrivez l'échéancier convenu dans « plan », ou corrigez le type du courrier.",
            )
            for i, courrier in enumerate(creance.courriers)
            if courrier.type in ("rappel_echeance", "decheance_du_terme")
        ]
    constats = []
    # Without the line, nombre_echeances or montant_echeance leaves the plan with neither: the
    # advice gives a value, or the other key; only the acompte is optional.
    conseils = {
        "nombre_echeances": "Donnez le nombre d'échéances convenu, au moins 1 (« nombre_echeances: 6 »), "
        'ou remplacez la ligne par le montant de chacune (« montant_echeance: "400.00" »).',
        "montant_echeance": 'Donnez le montant de chaque échéance (« montant_echeance: "400.00" »), ou '
        "remplacez la ligne par leur nombre (« nombre_echeances: 6 »).",
        "acompte": "Corrigez le montant de l'acompte, ou retirez la ligne s'il n'y en a pas.",
    }
    for cle, conseil in conseils.items():
        valeur = getattr(plan, cle)
        if valeur is not None and valeur <= 0:
            constats.append(
                _incoherence(
                    creance,
                    f"« {cle} » vaut {valeur} : il doit être strictement positif",
                    ("plan", cle),
                    conseil,
                )
            )
    if plan.date_accord is not None and plan.premiere_echeance < plan.date_accord:
        constats.append(
            _incoherence(
                creance,
                f"la première échéance ({date_longue(plan.premiere_echeance)}) précède la date de "
                f"l'accord ({date_longue(plan.date_accord)})",
                ("plan", "premiere_echeance"),
                "Fixez la première échéance au plus tôt le jour de l'accord (une échéance payée à la "
                "signature est permise), ou corrigez « date_accord ».",
            )
        )
    if plan.moyen == "prelevement_sepa":
        # SEPA Core rulebook: a mandate names the creditor's identifier and the debtor's account.
        if creance.creancier.ics is None:
            constats.append(
                _incoherence(
                    creance,
                    "le plan prévoit un prélèvement SEPA, mais le créancier n'a pas d'identifiant créancier "
                    "SEPA (« creancier.ics »)",
                    ("plan", "moyen"),
                    'Ajoutez « ics: "…" » dans « creancier » (votre banque l\'attribue), ou choisissez '
                    "« moyen: virement ».",
                )
            )
        if creance.debiteur.banque is None:
            constats.append(
                _incoherence(
                    creance,
                    "le plan prévoit un prélèvement SEPA, mais le compte du débiteur n'est pas donné "
                    "(« debiteur.banque » : IBAN et BIC)",
                    ("plan", "moyen"),
                    'Ajoutez « banque: {iban: "…", bic: "…"} » dans « debiteur », recopié du RIB que le '
                    "débiteur vous a remis, ou choisissez « moyen: virement ».",
                )
            )
    if plan.moyen == "virement" and _beneficiaire_sans_banque(creance):
        constats.append(
            _incoherence(
                creance,
                "le plan prévoit des virements, mais le compte qui les reçoit n'est pas donné "
                "(« banque » : IBAN et BIC)",
                ("plan", "moyen"),
                'Ajoutez « banque: {iban: "…", bic: "…"} » au créancier (au mandataire s\'il y en a un), '
                "ou choisissez « moyen: cheques ».",
            )
        )
    return constats


def _beneficiaire_sans_banque(creance: Creance) -> bool:
    """The plan's transfers go to the agency when one manages the file (R124-6), else the creditor."""
    return (creance.mandataire or creance.creancier).banque is None


def _pieces(creance: Creance) -> list[Constat]:
    """Attachments are read only inside the claim's folder (the renderer's security boundary), and
    a claim cites a bounded number of them (model/limites.py)."""
    constats = []
    cites = creance.fichiers_cites()
    for chemin, valeur in cites:
        posix = PurePosixPath(str(valeur).replace("\\", "/"))
        if valeur.is_absolute() or posix.is_absolute() or ".." in posix.parts or ":" in str(valeur):
            constats.append(
                constat(
                    "VALEUR-10",
                    f"la pièce « {valeur} » sort du dossier de la créance",
                    ou=creance.position(*chemin),
                    que_faire="Copiez le fichier dans le dossier de claim.yaml (par exemple "
                    "pieces/) et donnez un chemin relatif.",
                )
            )
    if len(cites) > limites.PIECES:
        constats.append(
            constat(
                "VALEUR-11",
                f"la créance cite {len(cites)} pièces : au plus {limites.PIECES} dans un dossier",
                ou=creance.position(*cites[limites.PIECES][0]),
                que_faire="Vérifiez les pièces citées ; une créance aussi étendue se découpe en plusieurs "
                "dossiers (un par contrat ou par période).",
            )
        )
    return constats
