# ruff: noqa: E501  (a table of exact French messages: one message, one line)
"""Bad claims: each case changes the base claim a little and expects EXACT findings.

Every refusal must say what, where (file:line:column and YAML path), why and what to do, in
French, with its code (docs/style.md rules 3 and 7). A case lists, for each finding, in the order the
user sees them (sorted by line): code, "line:column", YAML path, message, que_faire.

The base claim (`base_claim.yaml`) is valid; the positions below refer to its lines, so keep it
as it is (add cases by substitution, not by editing the base).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier.codes import registre
from dossier.errors import InvalidClaim
from dossier.findings import Constat, Severite
from dossier.model import lire

BASE = (Path(__file__).parent / "base_claim.yaml").read_text(encoding="utf-8")

Attendu = tuple[str, str, str, str, str]


def remplacer(*paires: str) -> str:
    """The base claim with each `ancien` replaced by `nouveau` (each must occur exactly once)."""
    texte = BASE
    for ancien, nouveau in zip(paires[::2], paires[1::2], strict=True):
        assert texte.count(ancien) == 1, f"« {ancien} » doit apparaître une seule fois dans la base"
        texte = texte.replace(ancien, nouveau)
    return texte


def ajouter(suite: str) -> str:
    return BASE + suite


def Cas(nom: str, texte: str, *attendus: Attendu) -> object:  # one row of the table
    return pytest.param(texte, list(attendus), id=nom)


CAS = [
    Cas(
        "syntaxe-guillemet-non-ferme",
        remplacer('  nom: "Atelier Durand"', '  nom: "Atelier Durand'),
        (
            "YAML-01",
            "8:8",
            "creancier.nom",
            "guillemet \" ouvert ici mais pas refermé sur sa ligne : la valeur avale les lignes suivantes jusqu'à la ligne 13",
            'Ajoutez le guillemet fermant " à la fin de la valeur, sur la même ligne.',
        ),
    ),
    Cas(
        "syntaxe-guillemet-jamais-ferme",
        remplacer("  delai_mise_en_demeure_jours: 8", '  message_libre: "Merci de votre'),
        (
            "YAML-01",
            "65:18",
            "options.message_libre",
            'guillemet " ouvert ici et jamais refermé',
            'Ajoutez le guillemet fermant " à la fin de la valeur, sur la même ligne.',
        ),
    ),
    Cas(
        "syntaxe-crochet-non-ferme",
        remplacer("  forme: SARL", "  forme: [SARL"),
        (
            "YAML-01",
            "10:10",
            "creancier.forme",
            "crochet « [ » ouvert ici et jamais refermé sur sa ligne",
            "Ajoutez « ] » à la fin de la ligne.",
        ),
    ),
    Cas(
        "syntaxe-accolade-virgule",
        remplacer('{nom: "Claire Durand", qualite', '{nom: "Claire Durand" qualite'),
        (
            "YAML-01",
            "24:37",
            "creancier.signataire",
            "virgule manquante, ou « } » attendu pour fermer l'accolade « { » de cette ligne",
            "Séparez les éléments par des virgules et fermez par « } ».",
        ),
    ),
    Cas(
        "syntaxe-deux-points-manquant",
        remplacer('    ville: "Lyon"\n  contact', '    ville "Lyon"\n  contact'),
        (
            "YAML-01",
            "18:5",
            "creancier.adresse",
            "deux-points manquant : cette ligne devrait s'écrire « cle: valeur »",
            "Ajoutez « : » et une espace après la clé.",
        ),
    ),
    Cas(
        "syntaxe-indentation",
        remplacer("  forme: SARL", "   forme: SARL"),
        (
            "YAML-01",
            "10:4",
            "creancier.forme",
            "cette ligne est plus indentée que la précédente, qui n'ouvre pas de section",
            "Alignez cette clé sur les clés de la même section (même nombre d'espaces).",
        ),
    ),
    Cas(
        "syntaxe-deux-points-dans-valeur",
        remplacer('  objet: "Agencement du fournil"', "  objet: Agencement: fournil"),
        (
            "YAML-01",
            "37:20",
            "contrat.objet",
            "deux-points dans une valeur écrite sans guillemets",
            'Mettez toute la valeur entre guillemets doubles : "…: …".',
        ),
    ),
    Cas(
        "syntaxe-texte-apres-guillemets",
        remplacer('  objet: "Agencement du fournil"', '  objet: "Agencement" du fournil'),
        (
            "YAML-01",
            "37:23",
            "contrat.objet",
            "texte inattendu après la valeur de cette ligne",
            "Mettez toute la valeur entre guillemets, ou retirez ce qui la suit.",
        ),
    ),
    Cas(
        "syntaxe-tiret",
        remplacer("  forme: SARL", "  forme: - SARL"),
        (
            "YAML-01",
            "10:10",
            "creancier.forme",
            "tiret « - » d'élément de liste inattendu à cet endroit",
            "Placez chaque élément de liste sur sa propre ligne, sous la clé de la liste et indenté ; si le tiret fait partie de la valeur, mettez-la entre guillemets.",
        ),
    ),
    Cas(
        "syntaxe-arobase",
        remplacer("  forme: SARL", "  forme: @SARL"),
        (
            "YAML-01",
            "10:10",
            "creancier.forme",
            "le caractère « @ » ne peut pas commencer une valeur écrite sans guillemets",
            'Mettez toute la valeur entre guillemets doubles : "@…".',
        ),
    ),
    Cas(
        "syntaxe-antislash-entre-guillemets",
        remplacer("  piece: pieces/devis-signe.pdf", '  piece: "C:\\x.pdf"'),
        (
            "YAML-01",
            "39:13",
            "contrat.piece",
            "barre oblique inverse « \\ » dans un texte entre guillemets doubles : YAML y lit un caractère spécial",
            "Écrivez les chemins avec « / » (pieces/facture.pdf), ou mettez le texte entre guillemets simples.",
        ),
    ),
    Cas(
        "syntaxe-plusieurs-documents",
        ajouter("---\nversion: 1\n"),
        (
            "YAML-01",
            "66:1",
            "",
            "le fichier contient plusieurs documents séparés par « --- » : un seul est attendu",
            "Gardez une seule créance par fichier et retirez la ligne « --- ».",
        ),
    ),
    Cas(
        "tabulation",
        remplacer("  forme: SARL", "\tforme: SARL"),
        (
            "YAML-01",
            "10:1",
            "creancier.forme",
            "tabulation dans l'indentation : YAML n'accepte que des espaces",
            "Remplacez la tabulation par des espaces, alignés sur les clés de la même section.",
        ),
    ),
    Cas(
        "caractere-de-controle",
        remplacer('  objet: "Agencement du fournil"', '  objet: "Agencement\x07 du fournil"'),
        (
            "YAML-07",
            "37:21",
            "contrat.objet",
            "caractère de contrôle invisible U+0007 : il n'est pas permis dans un texte YAML",
            "Supprimez ce caractère (souvent venu d'un copier-coller) et enregistrez le fichier en UTF-8.",
        ),
    ),
    Cas(
        "cle-en-double-racine",
        ajouter('reference: "2026-0143"\n'),
        (
            "YAML-02",
            "66:1",
            "reference",
            "clé « reference » en double (déjà donnée ligne 5) : la seconde effacerait la première en silence",
            "Gardez une seule des deux et retirez l'autre.",
        ),
    ),
    Cas(
        "cle-en-double-imbriquee",
        remplacer("  forme: SARL", "  forme: SARL\n  forme: EURL"),
        (
            "YAML-02",
            "11:3",
            "creancier.forme",
            "clé « forme » en double (déjà donnée ligne 10) : la seconde effacerait la première en silence",
            "Gardez une seule des deux et retirez l'autre.",
        ),
    ),
    Cas(
        "cle-en-double-meme-ligne",
        remplacer(
            '{telephone: "04 72 00 00 00", email',
            '{telephone: "04 72 00 00 00", telephone: "04 72 00 00 01", email',
        ),
        (
            "YAML-02",
            "19:42",
            "creancier.contact.telephone",
            "clé « telephone » en double (déjà donnée plus tôt sur cette ligne, colonne 13) : la seconde effacerait la première en silence",
            "Gardez une seule des deux et retirez l'autre.",
        ),
    ),
    Cas(
        "ancre",
        remplacer('  adresse:\n    ligne1: "12', '  adresse: &siege\n    ligne1: "12'),
        (
            "YAML-03",
            "15:12",
            "creancier.adresse",
            "ancre « &siege » refusée : chaque valeur doit se lire là où elle sert",
            "Retirez « &siege » ; recopiez la valeur là où elle resservirait.",
        ),
    ),
    Cas(
        "alias",
        remplacer('  signataire: {nom: "Claire Durand", qualite: "Gérante"}', "  signataire: *gerante"),
        (
            "YAML-03",
            "24:15",
            "creancier.signataire",
            "alias « *gerante » refusé : il recopie en silence une valeur écrite ailleurs",
            "Remplacez l'alias par la valeur elle-même, écrite en entier à cet endroit.",
        ),
    ),
    Cas(
        "ancre-et-alias",
        remplacer(
            '  adresse:\n    ligne1: "12',
            '  adresse: &siege\n    ligne1: "12',
            '  adresse:\n    ligne1: "4 place Bellecour"\n    code_postal: "69002"\n    ville: "Lyon"\n',
            "  adresse: *siege\n",
        ),
        (
            "YAML-03",
            "15:12",
            "creancier.adresse",
            "ancre « &siege » refusée : chaque valeur doit se lire là où elle sert",
            "Retirez « &siege » ; recopiez la valeur là où elle resservirait.",
        ),
        (
            "YAML-03",
            "31:12",
            "debiteur.adresse",
            "alias « *siege » refusé : il recopie en silence une valeur écrite ailleurs",
            "Remplacez l'alias par la valeur elle-même, écrite en entier à cet endroit.",
        ),
    ),
    Cas(
        "etiquette-float",
        remplacer('    montant_ttc: "2480.00"', "    montant_ttc: !!float 2480.00"),
        (
            "YAML-04",
            "45:18",
            "factures[0].montant_ttc",
            "étiquette de type « !!float » refusée : dossier lit chaque valeur comme du texte et l'interprète lui-même",
            "Retirez « !!float » et écrivez la valeur seule, entre guillemets s'il s'agit d'un montant ou d'une date (\"2480.00\", \"2026-03-31\").",
        ),
    ),
    Cas(
        "etiquette-python",
        remplacer('  objet: "Agencement du fournil"', '  objet: !!python/object/apply:os.system ["true"]'),
        (
            "YAML-04",
            "37:10",
            "contrat.objet",
            "étiquette de type « !!python/object/apply:os.system » refusée : dossier lit chaque valeur comme du texte et l'interprète lui-même",
            "Retirez « !!python/object/apply:os.system » et écrivez la valeur seule, entre guillemets s'il s'agit d'un montant ou d'une date (\"2480.00\", \"2026-03-31\").",
        ),
    ),
    Cas(
        "etiquette-locale",
        remplacer("  forme: SARL", "  forme: !societe SARL"),
        (
            "YAML-04",
            "10:10",
            "creancier.forme",
            "étiquette de type « !societe » refusée : dossier lit chaque valeur comme du texte et l'interprète lui-même",
            "Retirez « !societe » et écrivez la valeur seule, entre guillemets s'il s'agit d'un montant ou d'une date (\"2480.00\", \"2026-03-31\").",
        ),
    ),
    Cas(
        "cle-de-fusion",
        remplacer("  forme: SAS\n", '  forme: SAS\n  <<: {email: "contact@boulangerie-petit.example"}\n'),
        (
            "YAML-05",
            "29:3",
            "debiteur",
            "clé de fusion « << » refusée : elle recopie en silence une autre section",
            "Écrivez directement dans cette section chacune des clés voulues.",
        ),
    ),
    Cas(
        "fichier-vide",
        "",
        (
            "YAML-06",
            "1:1",
            "",
            "le fichier est vide (aucune clé, seulement des commentaires ou des espaces)",
            "Partez du squelette écrit par « dossier init ».",
        ),
    ),
    Cas(
        "fichier-de-commentaires",
        "# rien encore\n\n",
        (
            "YAML-06",
            "1:1",
            "",
            "le fichier est vide (aucune clé, seulement des commentaires ou des espaces)",
            "Partez du squelette écrit par « dossier init ».",
        ),
    ),
    Cas(
        "liste-a-la-racine",
        '- version: 1\n- reference: "2026-0142"\n',
        (
            "YAML-06",
            "1:1",
            "",
            "le fichier contient une liste (« - … ») au lieu d'une suite de clés (« version: 1 », « reference: … », « creancier: »…)",
            "Partez du squelette écrit par « dossier init ».",
        ),
    ),
    Cas(
        "texte-a-la-racine",
        "dossier Durand\n",
        (
            "YAML-06",
            "1:1",
            "",
            "le fichier contient une valeur seule au lieu d'une suite de clés (« version: 1 », « reference: … », « creancier: »…)",
            "Partez du squelette écrit par « dossier init ».",
        ),
    ),
    Cas(
        "cle-inconnue-racine-proche-d-une-obligatoire",
        remplacer('reference: "2026-0142"', 'referense: "2026-0142"'),
        (
            "CHAMP-01",
            "5:1",
            "referense",
            "clé inconnue « referense » au premier niveau du fichier. Vouliez-vous dire « reference » ?",
            "Renommez « referense » en « reference » : cette clé est obligatoire.",
        ),
    ),
    Cas(
        "cle-inconnue-section",
        remplacer("  forme: SARL", "  fomre: SARL"),
        (
            "CHAMP-01",
            "10:3",
            "creancier.fomre",
            "clé inconnue « fomre » dans « creancier ». Vouliez-vous dire « forme » ?",
            "Renommez « fomre » en « forme ».",
        ),
    ),
    Cas(
        "cle-inconnue-element-de-liste",
        remplacer('    execution: "2025-10-15"', '    executoin: "2025-10-15"'),
        (
            "CHAMP-01",
            "50:5",
            "factures[1].executoin",
            "clé inconnue « executoin » dans « factures[1] ». Vouliez-vous dire « execution » ?",
            "Renommez « executoin » en « execution ».",
        ),
    ),
    Cas(
        "cle-inconnue-profondeur-4",
        remplacer('accuse_reception: {date: "2026-01-07"', 'accuse_reception: {dtae: "2026-01-07"'),
        (
            "CHAMP-01",
            "63:24",
            "courriers[0].accuse_reception.dtae",
            "clé inconnue « dtae » dans « courriers[0].accuse_reception ». Vouliez-vous dire « date » ?",
            "Renommez « dtae » en « date » : cette clé est obligatoire.",
        ),
    ),
    Cas(
        "cle-inconnue-accentuee",
        remplacer('    echeance: "2025-11-01"', '    échéance: "2025-11-01"'),
        (
            "CHAMP-01",
            "44:5",
            "factures[0].échéance",
            "clé inconnue « échéance » dans « factures[0] ». Vouliez-vous dire « echeance » ? (les clés s'écrivent sans accents)",
            "Renommez « échéance » en « echeance » : cette clé est obligatoire.",
        ),
    ),
    Cas(
        "cle-inconnue-sans-proposition",
        remplacer("  forme: SARL", '  forme: SARL\n  capital_social: "10000.00"'),
        (
            "CHAMP-01",
            "11:3",
            "creancier.capital_social",
            "clé inconnue « capital_social » dans « creancier ».",
            "Retirez-la, ou choisissez parmi les clés possibles ici : nom, type, forme, professionnel, commercant, artisan, siren, siret, rcs, adresse, contact, banque, ics, signataire, representant_legal, pouvoir, civilite, article, profession, nationalite, naissance.",
        ),
    ),
    Cas(
        "cle-obligatoire-absente-racine",
        remplacer('reference: "2026-0142"\n', ""),
        (
            "CHAMP-02",
            "4:1",
            "reference",
            "clé obligatoire « reference » absente du premier niveau du fichier",
            'Ajoutez « reference: "…" » au premier niveau du fichier (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(
        "cle-obligatoire-absente-element",
        remplacer('    echeance: "2025-11-19"\n', ""),
        (
            "CHAMP-02",
            "47:5",
            "factures[1].echeance",
            "clé obligatoire « echeance » absente de « factures[1] »",
            'Ajoutez « echeance: "2026-03-31" » dans « factures[1] » (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(
        "cle-obligatoire-absente-section",
        remplacer('  signataire: {nom: "Claire Durand", qualite: "Gérante"}\n', ""),
        (
            "CHAMP-02",
            "7:1",
            "creancier.signataire",
            "clé obligatoire « signataire » absente de « creancier »",
            "Ajoutez « signataire: » dans « creancier » puis, en dessous et indentées, ses clés (nom, qualite…) (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "factures-liste-vide",
        remplacer(
            BASE[BASE.index("factures:") : BASE.index("paiements:")],
            "factures: []\n",
            '    facture: "F-2025-118"\n',
            "",
        ),
        (
            "CHAMP-02",
            "41:1",
            "factures",
            "la liste « factures » est vide",
            "Ajoutez au moins un élément, ligne commençant par « - », avec au moins les clés numero, date, echeance, montant_ttc (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "liste-au-lieu-de-section",
        remplacer(
            '  signataire: {nom: "Claire Durand", qualite: "Gérante"}',
            '  signataire: ["Claire Durand", "Gérante"]',
        ),
        (
            "CHAMP-03",
            "24:3",
            "creancier.signataire",
            "« signataire » est une liste, alors qu'on attend ici une section de clés (« cle: valeur », une par ligne, indentées)",
            "Écrivez « signataire: » puis, en dessous et indentées, ses clés (nom, qualite…) (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "section-au-lieu-de-texte",
        remplacer('  nom: "Boulangerie Petit"', '  nom:\n    raison_sociale: "Boulangerie Petit"'),
        (
            "CHAMP-03",
            "26:3",
            "debiteur.nom",
            "« nom » est une section (« cle: valeur »), alors qu'on attend ici un texte",
            'Écrivez « nom: "…" » (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(
        "texte-au-lieu-de-liste",
        remplacer("    delai_jours: 8", '    delai_jours: 8\n    factures: "F-2025-118"'),
        (
            "CHAMP-03",
            "63:15",
            "courriers[0].factures",
            "« factures » vaut « F-2025-118 », alors qu'on attend ici une liste (un élément par ligne, commençant par « - »)",
            "Écrivez « factures: » puis un élément par ligne, commençant par « - » (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "texte-au-lieu-de-section",
        remplacer(
            '  signataire: {nom: "Claire Durand", qualite: "Gérante"}',
            '  signataire: "Claire Durand, gérante"',
        ),
        (
            "CHAMP-03",
            "24:15",
            "creancier.signataire",
            "« signataire » vaut « Claire Durand, gérante », alors qu'on attend ici une section de clés (« cle: valeur », une par ligne, indentées)",
            "Écrivez « signataire: » puis, en dessous et indentées, ses clés (nom, qualite…) (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "texte-vide",
        remplacer('  nom: "Atelier Durand"', "  nom:"),
        (
            "CHAMP-03",
            "8:7",
            "creancier.nom",
            "« nom » est vide, alors qu'on attend ici un texte",
            'Écrivez « nom: "…" » (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(
        "reference-vide",
        remplacer('reference: "2026-0142"', 'reference: ""'),
        (
            "CHAMP-02",
            "5:12",
            "reference",
            "« reference » est vide",
            'Écrivez la valeur entre guillemets : « reference: "…" ».',
        ),
    ),
    Cas(
        "valeur-non-prevue-avec-proposition",
        remplacer("  type: prestation", "  type: prestations"),
        (
            "CHAMP-04",
            "36:9",
            "contrat.type",
            "valeur « prestations » non prévue pour « type ». Vouliez-vous dire « prestation » ?",
            "Choisissez parmi : prestation, vente, bail_habitation, bail_commercial, scolarite, autre.",
        ),
    ),
    Cas(
        "valeur-non-prevue-sans-proposition",
        remplacer("    moyen: virement", "    moyen: paypal"),
        (
            "CHAMP-04",
            "55:12",
            "paiements[0].moyen",
            "valeur « paypal » non prévue pour « moyen ».",
            "Choisissez parmi : virement, cheque, prelevement, especes, carte.",
        ),
    ),
    Cas(
        "montant-entier-sans-guillemets",
        remplacer('    montant_ttc: "2480.00"', "    montant_ttc: 2480"),
        (
            "VALEUR-01",
            "45:18",
            "factures[0].montant_ttc",
            'montant « 2480 » écrit sans guillemets : écrivez "2480.00"',
            "Mettez le montant entre guillemets, avec un point décimal.",
        ),
    ),
    Cas(
        "montant-decimal-sans-guillemets",
        remplacer('    montant_ttc: "2480.00"', "    montant_ttc: 2480.00"),
        (
            "VALEUR-01",
            "45:18",
            "factures[0].montant_ttc",
            'montant « 2480.00 » écrit sans guillemets : écrivez "2480.00"',
            "Mettez le montant entre guillemets, avec un point décimal.",
        ),
    ),
    Cas(
        "montant-a-la-francaise",
        remplacer('    montant_ttc: "2480.00"', '    montant_ttc: "2 480,00"'),
        (
            "VALEUR-01",
            "45:18",
            "factures[0].montant_ttc",
            'montant « 2 480,00 » mal écrit : écrivez "2480.00" (chiffres, point décimal, sans espace ni symbole)',
            "Écrivez le montant entre guillemets, en chiffres, avec un point décimal, sans espace ni symbole.",
        ),
    ),
    Cas(
        "montant-trois-decimales",
        remplacer('    montant_ttc: "2480.00"', '    montant_ttc: "2480.005"'),
        (
            "VALEUR-01",
            "45:18",
            "factures[0].montant_ttc",
            "montant « 2480.005 » à 3 décimales : un montant en euros s'écrit au centime près (2 décimales au plus)",
            "Recopiez le montant au centime près, tel qu'il figure sur la facture ou le relevé.",
        ),
    ),
    Cas(
        "siret-d-un-autre-siren",
        remplacer('  siret: "92530829800106"', '  siret: "90866024400017"'),
        (
            "VALEUR-09",
            "14:10",
            "creancier.siret",
            "le SIRET 90866024400017 n'est pas celui d'un établissement du SIREN 925308298 (ses 9 premiers "
            "chiffres doivent être le SIREN)",
            "Recopiez le SIRET et le SIREN depuis le même avis de situation INSEE.",
        ),
    ),
    Cas(
        "montant-zeros-en-tete",
        remplacer('    montant_ttc: "2480.00"', '    montant_ttc: "0012"'),
        (
            "VALEUR-01",
            "45:18",
            "factures[0].montant_ttc",
            'montant « 0012 » commençant par un zéro : écrivez "12.00" si c\'est bien ce montant',
            "Écrivez le montant entre guillemets, en chiffres, avec un point décimal, sans espace ni symbole.",
        ),
    ),
    Cas(
        "montant-negatif",
        remplacer('    montant: "500.00"', '    montant: "-500.00"'),
        (
            "VALEUR-01",
            "54:14",
            "paiements[0].montant",
            "montant négatif « -500.00 » : factures et paiements s'écrivent en positif",
            "Écrivez le montant sans signe moins ; un avoir se déduit du montant de la facture qu'il corrige.",
        ),
    ),
    Cas(
        "montant-illisible",
        remplacer('    montant: "500.00"', '    montant: "cinq cents euros"'),
        (
            "VALEUR-01",
            "54:14",
            "paiements[0].montant",
            'montant « cinq cents euros » illisible : écrivez-le en chiffres avec un point décimal, par exemple "1234.50"',
            "Écrivez le montant entre guillemets, en chiffres, avec un point décimal, sans espace ni symbole.",
        ),
    ),
    Cas(
        "booleen-yes",
        remplacer("  professionnel: true", "  professionnel: yes"),
        (
            "CHAMP-03",
            "11:18",
            "creancier.professionnel",
            "« yes » n'est pas une valeur booléenne : seuls true et false, en minuscules, sont acceptés",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "booleen-no",
        remplacer(
            '  commercant: true\n  adresse:\n    ligne1: "4', '  commercant: no\n  adresse:\n    ligne1: "4'
        ),
        (
            "CHAMP-03",
            "30:15",
            "debiteur.commercant",
            "« no » n'est pas une valeur booléenne : seuls true et false, en minuscules, sont acceptés",
            "Écrivez « commercant: true » ou « commercant: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "booleen-True",
        remplacer("  professionnel: true", "  professionnel: True"),
        (
            "CHAMP-03",
            "11:18",
            "creancier.professionnel",
            "« True » n'est pas une valeur booléenne : seuls true et false, en minuscules, sont acceptés",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "booleen-on",
        remplacer("  professionnel: true", "  professionnel: on"),
        (
            "CHAMP-03",
            "11:18",
            "creancier.professionnel",
            "« on » n'est pas une valeur booléenne : seuls true et false, en minuscules, sont acceptés",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "booleen-entre-guillemets",
        remplacer("  professionnel: true", '  professionnel: "true"'),
        (
            "CHAMP-03",
            "11:18",
            "creancier.professionnel",
            "« true » est écrit entre guillemets : true et false s'écrivent sans guillemets",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "booleen-vide",
        remplacer("  professionnel: true", "  professionnel:"),
        (
            "CHAMP-03",
            "11:17",
            "creancier.professionnel",
            "« professionnel » est vide, alors qu'on attend ici true ou false",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
    ),
    Cas(
        "date-impossible",
        remplacer('    date: "2025-10-02"', '    date: "2025-02-30"'),
        (
            "VALEUR-02",
            "43:11",
            "factures[0].date",
            "la date « 2025-02-30 » n'existe pas : février 2025 compte 28 jours",
            "Corrigez le jour ou le mois d'après le document d'origine.",
        ),
    ),
    Cas(
        "date-mois-impossible",
        remplacer('    date: "2025-10-02"', '    date: "2025-13-02"'),
        (
            "VALEUR-02",
            "43:11",
            "factures[0].date",
            "la date « 2025-13-02 » n'existe pas : il n'y a pas de mois 13",
            "Corrigez le jour ou le mois d'après le document d'origine.",
        ),
    ),
    Cas(
        "date-a-la-francaise",
        remplacer('date_edition: "2026-03-31"', 'date_edition: "31/03/2026"'),
        (
            "VALEUR-02",
            "6:15",
            "date_edition",
            'date « 31/03/2026 » illisible : écrivez-la AAAA-MM-JJ (année, mois, jour) : "2026-03-31"',
            "Écrivez la date au format AAAA-MM-JJ, entre guillemets.",
        ),
    ),
    Cas(
        "siren-cle-fausse",
        remplacer('  siren: "925308298"', '  siren: "925308299"'),
        (
            "VALEUR-03",
            "13:10",
            "creancier.siren",
            "SIREN « 925308299 » invalide : clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé",
            "Recopiez les 9 chiffres depuis l'extrait Kbis ou l'avis de situation INSEE (annuaire-entreprises.data.gouv.fr).",
        ),
    ),
    Cas(
        "siren-trop-court",
        remplacer('  siren: "954330122"', '  siren: "95433012"'),
        (
            "VALEUR-03",
            "29:10",
            "debiteur.siren",
            "SIREN « 95433012 » invalide : longueur fausse (8 caractères) ; forme attendue : 9 chiffres",
            "Recopiez les 9 chiffres depuis l'extrait Kbis ou l'avis de situation INSEE (annuaire-entreprises.data.gouv.fr).",
        ),
    ),
    Cas(
        "siret-invalide",
        remplacer('  siret: "92530829800106"', '  siret: "92530829800107"'),
        (
            "VALEUR-03",
            "14:10",
            "creancier.siret",
            "SIRET « 92530829800107 » invalide : clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé",
            "Recopiez les 14 chiffres depuis l'avis de situation INSEE (annuaire-entreprises.data.gouv.fr).",
        ),
    ),
    Cas(
        "iban-invalide",
        remplacer('    iban: "FR7630006000011234567890189"', '    iban: "FR7630006000011234567890188"'),
        (
            "VALEUR-04",
            "21:11",
            "creancier.banque.iban",
            "IBAN « FR7630006000011234567890188 » invalide : clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé",
            "Recopiez l'IBAN depuis le RIB de la banque, espaces permis.",
        ),
    ),
    Cas(
        "iban-trop-court",
        remplacer('    iban: "FR7630006000011234567890189"', '    iban: "FR76 3000 6000 0112 3456 7890 18"'),
        (
            "VALEUR-04",
            "21:11",
            "creancier.banque.iban",
            "IBAN « FR76 3000 6000 0112 3456 7890 18 » invalide : longueur fausse (26 caractères) ; forme attendue : 27 caractères pour un compte français, commençant par FR",
            "Recopiez l'IBAN depuis le RIB de la banque, espaces permis.",
        ),
    ),
    Cas(
        "bic-invalide",
        remplacer('    bic: "AGRIFRPPXXX"', '    bic: "AGRIFRP"'),
        (
            "VALEUR-04",
            "22:10",
            "creancier.banque.bic",
            "BIC « AGRIFRP » invalide : longueur fausse (7 caractères) ; forme attendue : 8 ou 11 caractères (4 lettres pour la banque, 2 pour le pays, 2 caractères pour le lieu, 3 facultatifs pour l'agence)",
            "Recopiez le BIC depuis le RIB de la banque.",
        ),
    ),
    Cas(
        "ics-invalide",
        remplacer('  ics: "FR72ZZZ123456"', '  ics: "FR72ZZZ123457"'),
        (
            "VALEUR-05",
            "23:8",
            "creancier.ics",
            "ICS « FR72ZZZ123457 » invalide : clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé",
            "Recopiez l'identifiant créancier SEPA (ICS) attribué par la banque.",
        ),
    ),
    Cas(
        "code-postal-4-chiffres",
        remplacer('    code_postal: "69003"', '    code_postal: "6900"'),
        (
            "VALEUR-08",
            "17:18",
            "creancier.adresse.code_postal",
            "code postal « 6900 » invalide : un code postal français a 5 chiffres",
            'Écrivez les 5 chiffres entre guillemets, zéro en tête compris (par exemple "01000").',
        ),
    ),
    Cas(
        "entier-zero-en-tete",
        remplacer("    delai_jours: 8", "    delai_jours: 0012"),
        (
            "VALEUR-06",
            "62:18",
            "courriers[0].delai_jours",
            "nombre « 0012 » écrit avec un zéro en tête, ambigu : écrivez 12",
            "Écrivez un nombre entier, sans décimales ni zéro en tête, par exemple 8.",
        ),
    ),
    Cas(
        "entier-decimal",
        remplacer("  delai_mise_en_demeure_jours: 8", "  delai_mise_en_demeure_jours: 1.10"),
        (
            "VALEUR-06",
            "65:32",
            "options.delai_mise_en_demeure_jours",
            "« 1.10 » n'est pas un nombre entier positif",
            "Écrivez un nombre entier, sans décimales ni zéro en tête, par exemple 8.",
        ),
    ),
    Cas(
        "taux-sans-guillemets",
        remplacer('  taux_penalites: "12.00"', "  taux_penalites: 12.00"),
        (
            "VALEUR-07",
            "40:19",
            "contrat.taux_penalites",
            'taux « 12.00 » écrit sans guillemets : écrivez "12.00"',
            'Écrivez le taux annuel en pourcentage entre guillemets, par exemple "10.00".',
        ),
    ),
    Cas(
        "taux-avec-pourcent",
        remplacer('  taux_penalites: "12.00"', '  taux_penalites: "12,5 %"'),
        (
            "VALEUR-07",
            "40:19",
            "contrat.taux_penalites",
            'taux « 12,5 % » mal écrit : écrivez "12.5" (pourcentage annuel, point décimal, sans « % »)',
            'Écrivez le taux annuel en pourcentage entre guillemets, par exemple "10.00".',
        ),
    ),
    Cas(
        "version-2",
        remplacer("version: 1", "version: 2"),
        (
            "CHAMP-04",
            "4:10",
            "version",
            "version « 2 » inconnue : ce programme lit les fichiers de version 1",
            "Écrivez « version: 1 », ou utilisez la version de dossier qui a écrit ce fichier.",
        ),
    ),
    Cas(
        "numero-de-facture-en-double",
        remplacer('  - numero: "F-2025-131"', '  - numero: "F-2025-118"'),
        (
            "VALEUR-09",
            "47:13",
            "factures[1].numero",
            "le numéro de facture « F-2025-118 » est déjà celui de factures[0] ligne 42 : chaque facture a un numéro unique",
            "Corrigez le numéro de cette facture, ou retirez-la si c'est un doublon.",
        ),
    ),
    Cas(
        "paiement-facture-inconnue",
        remplacer('    facture: "F-2025-118"', '    facture: "F-2025-119"'),
        (
            "VALEUR-09",
            "56:14",
            "paiements[0].facture",
            "le paiement du 10 décembre 2025 vise la facture « F-2025-119 », absente de « factures »",
            "Écrivez l'un de ces numéros : F-2025-118, F-2025-131.",
        ),
    ),
    Cas(
        "echeance-avant-facture",
        remplacer('    echeance: "2025-11-01"', '    echeance: "2025-09-01"'),
        (
            "VALEUR-09",
            "44:15",
            "factures[0].echeance",
            "la facture F-2025-118 échoit (1er septembre 2025) avant sa date d'émission (2 octobre 2025)",
            "Corrigez l'échéance ou la date de la facture.",
        ),
    ),
    Cas(
        "accuse-reception-avant-envoi",
        remplacer('accuse_reception: {date: "2026-01-07"', 'accuse_reception: {date: "2026-01-03"'),
        (
            "VALEUR-09",
            "63:30",
            "courriers[0].accuse_reception.date",
            "l'accusé de réception (3 janvier 2026) précède l'envoi du courrier (5 janvier 2026)",
            "Corrigez l'une des deux dates.",
        ),
    ),
    Cas(
        "paiements-superieurs-aux-factures",
        remplacer('    montant: "500.00"', '    montant: "4000.00"'),
        (
            "VALEUR-09",
            "52:1",
            "paiements",
            "les paiements (4000.00 €) dépassent le total des factures (3740.00 €) : il n'y a rien à réclamer",
            "Vérifiez les montants ; un trop-perçu se rembourse, il ne se réclame pas.",
        ),
    ),
    Cas(
        "personne-morale-consommateur",
        remplacer(
            '  commercant: true\n  adresse:\n    ligne1: "4',
            '  commercant: true\n  consommateur: true\n  adresse:\n    ligne1: "4',
        ),
        (
            "VALEUR-09",
            "31:17",
            "debiteur.consommateur",
            "une personne morale ne peut pas être un consommateur (C. conso., article liminaire)",
            "Écrivez « consommateur: false », ou « type: personne_physique ».",
        ),
    ),
    Cas(
        "personne-physique-sans-consommateur",
        remplacer(
            '  nom: "Boulangerie Petit"\n  type: personne_morale\n  forme: SAS\n  siren: "954330122"\n  commercant: true\n',
            '  nom: "Paul Petit"\n  type: personne_physique\n',
        ),
        (
            "CHAMP-02",
            "25:1",
            "debiteur.consommateur",
            "clé « consommateur » absente : obligatoire pour un débiteur personne physique, qui peut avoir agi en particulier ou pour son activité professionnelle",
            "Ajoutez « consommateur: true » si le débiteur est un particulier, « consommateur: false » s'il a agi pour son activité professionnelle.",
        ),
    ),
    Cas(
        "piece-parent",
        remplacer("  piece: pieces/devis-signe.pdf", "  piece: ../x.pdf"),
        (
            "VALEUR-10",
            "39:10",
            "contrat.piece",
            "la pièce « ../x.pdf » sort du dossier de la créance",
            "Copiez le fichier dans le dossier de claim.yaml (par exemple pieces/) et donnez un chemin relatif.",
        ),
    ),
    Cas(
        "piece-absolue",
        remplacer("    piece: pieces/F-2025-118.pdf", "    piece: /etc/passwd"),
        (
            "VALEUR-10",
            "46:12",
            "factures[0].piece",
            "la pièce « /etc/passwd » sort du dossier de la créance",
            "Copiez le fichier dans le dossier de claim.yaml (par exemple pieces/) et donnez un chemin relatif.",
        ),
    ),
    Cas(
        "piece-windows",
        remplacer("piece: pieces/ar-med.pdf", "piece: C:\\x.pdf"),
        (
            "VALEUR-10",
            "63:51",
            "courriers[0].accuse_reception.piece",
            "la pièce « C:\\x.pdf » sort du dossier de la créance",
            "Copiez le fichier dans le dossier de claim.yaml (par exemple pieces/) et donnez un chemin relatif.",
        ),
    ),
    Cas(
        "procedure-collective-true",
        remplacer(
            '  commercant: true\n  adresse:\n    ligne1: "4',
            '  commercant: true\n  procedure_collective: true\n  adresse:\n    ligne1: "4',
        ),
        (
            "CHAMP-03",
            "31:25",
            "debiteur.procedure_collective",
            "« procedure_collective: true » ne suffit pas : le type de procédure et la date du jugement d'ouverture sont nécessaires",
            'Écrivez « procedure_collective: {type: redressement, date: "2026-01-12"} » (sauvegarde, redressement ou liquidation), ou « procedure_collective: false ».',
        ),
    ),
    Cas(
        "clause-penale-double",
        remplacer(
            '  taux_penalites: "12.00"',
            '  taux_penalites: "12.00"\n  clause_penale: {montant: "150.00", taux: "10"}',
        ),
        (
            "VALEUR-09",
            "41:3",
            "contrat.clause_penale",
            "la clause pénale donne les deux, « montant » et « taux »",
            'Donnez exactement l\'un des deux : « montant: "150.00" » (somme fixe) ou « taux: "10" » (pourcentage du principal).',
        ),
    ),
    Cas(
        "plan-sans-nombre-ni-montant",
        ajouter('plan:\n  premiere_echeance: "2026-04-05"\n  moyen: virement\n'),
        (
            "VALEUR-09",
            "66:1",
            "plan",
            "le plan ne donne ni « nombre_echeances » ni « montant_echeance »",
            'Donnez exactement l\'un des deux : « nombre_echeances: 6 » ou « montant_echeance: "400.00" ».',
        ),
    ),
    Cas(
        # The advice must not be « retirez la ligne »: without it the plan has neither key (above).
        "plan-zero-echeance",
        ajouter('plan:\n  nombre_echeances: 0\n  premiere_echeance: "2026-04-05"\n  moyen: virement\n'),
        (
            "VALEUR-09",
            "67:21",
            "plan.nombre_echeances",
            "« nombre_echeances » vaut 0 : il doit être strictement positif",
            'Donnez le nombre d\'échéances convenu, au moins 1 (« nombre_echeances: 6 »), ou remplacez la ligne par le montant de chacune (« montant_echeance: "400.00" »).',
        ),
    ),
    Cas(
        "plan-acompte-nul",
        ajouter(
            'plan:\n  nombre_echeances: 6\n  premiere_echeance: "2026-04-05"\n  moyen: virement\n  acompte: "0.00"\n'
        ),
        (
            "VALEUR-09",
            "70:12",
            "plan.acompte",
            "« acompte » vaut 0.00 : il doit être strictement positif",
            "Corrigez le montant de l'acompte, ou retirez la ligne s'il n'y en a pas.",
        ),
    ),
    Cas(
        "plusieurs-erreurs",
        remplacer(
            'reference: "2026-0142"',
            'referense: "2026-0142"',
            '    code_postal: "69003"',
            '    code_postal: "6900"',
            '    montant_ttc: "1260.00"',
            "    montant_ttc: 1260",
            "  professionnel: true",
            "  professionnel: oui",
            "    moyen: virement",
            "    moyen: cheques",
        ),
        (
            "CHAMP-01",
            "5:1",
            "referense",
            "clé inconnue « referense » au premier niveau du fichier. Vouliez-vous dire « reference » ?",
            "Renommez « referense » en « reference » : cette clé est obligatoire.",
        ),
        (
            "CHAMP-03",
            "11:18",
            "creancier.professionnel",
            "« oui » n'est pas une valeur booléenne : seuls true et false, en minuscules, sont acceptés",
            "Écrivez « professionnel: true » ou « professionnel: false » (en minuscules, sans guillemets).",
        ),
        (
            "VALEUR-08",
            "17:18",
            "creancier.adresse.code_postal",
            "code postal « 6900 » invalide : un code postal français a 5 chiffres",
            'Écrivez les 5 chiffres entre guillemets, zéro en tête compris (par exemple "01000").',
        ),
        (
            "VALEUR-01",
            "51:18",
            "factures[1].montant_ttc",
            'montant « 1260 » écrit sans guillemets : écrivez "1260.00"',
            "Mettez le montant entre guillemets, avec un point décimal.",
        ),
        (
            "CHAMP-04",
            "55:12",
            "paiements[0].moyen",
            "valeur « cheques » non prévue pour « moyen ». Vouliez-vous dire « cheque » ?",
            "Choisissez parmi : virement, cheque, prelevement, especes, carte.",
        ),
    ),
    Cas(
        "plusieurs-erreurs-yaml",
        remplacer(
            "  forme: SARL",
            "  forme: SARL\n  forme: SAS",
            '  signataire: {nom: "Claire Durand", qualite: "Gérante"}',
            "  signataire: *gerante",
            '    montant_ttc: "2480.00"',
            "    montant_ttc: !!float 2480",
        ),
        (
            "YAML-02",
            "11:3",
            "creancier.forme",
            "clé « forme » en double (déjà donnée ligne 10) : la seconde effacerait la première en silence",
            "Gardez une seule des deux et retirez l'autre.",
        ),
        (
            "YAML-03",
            "25:15",
            "creancier.signataire",
            "alias « *gerante » refusé : il recopie en silence une valeur écrite ailleurs",
            "Remplacez l'alias par la valeur elle-même, écrite en entier à cet endroit.",
        ),
        (
            "YAML-04",
            "46:18",
            "factures[0].montant_ttc",
            "étiquette de type « !!float » refusée : dossier lit chaque valeur comme du texte et l'interprète lui-même",
            "Retirez « !!float » et écrivez la valeur seule, entre guillemets s'il s'agit d'un montant ou d'une date (\"2480.00\", \"2026-03-31\").",
        ),
    ),
    Cas(
        "element-de-liste-de-forme-inattendue",
        remplacer(
            "    delai_jours: 8", '    delai_jours: 8\n    factures: ["F-2025-118", {numero: "F-2025-131"}]'
        ),
        (
            "CHAMP-03",
            "63:30",
            "courriers[0].factures[1]",
            "« courriers[0].factures[1] » est une section (« cle: valeur »), alors qu'on attend ici un texte",
            'Écrivez cet élément comme un texte : « - "…" » (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(
        "element-de-liste-texte-au-lieu-de-section",
        remplacer(
            '  - date: "2025-12-10"\n    montant: "500.00"\n    moyen: virement\n    facture: "F-2025-118"\n',
            '  - "500.00"\n',
        ),
        (
            "CHAMP-03",
            "53:5",
            "paiements[0]",
            "« paiements[0] » vaut « 500.00 », alors qu'on attend ici une section de clés (« cle: valeur », une par ligne, indentées)",
            "Écrivez cet élément comme une section : « - » suivi de ses clés (date, montant, moyen…), une par ligne, alignées (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "liste-facultative-vide",
        remplacer(
            '  - date: "2025-12-10"\n    montant: "500.00"\n    moyen: virement\n    facture: "F-2025-118"\n',
            "",
        ),
        (
            "CHAMP-03",
            "52:11",
            "paiements",
            "« paiements » est vide, alors qu'on attend ici une liste (un élément par ligne, commençant par « - »)",
            "Retirez la ligne « paiements: » si elle ne sert pas ; sinon, écrivez « paiements: » puis un élément par ligne, commençant par « - » (voir le squelette écrit par « dossier init »).",
        ),
    ),
    Cas(
        "valeur-en-majuscules",
        remplacer("  type: prestation", "  type: Prestation"),
        (
            "CHAMP-04",
            "36:9",
            "contrat.type",
            "valeur « Prestation » non prévue pour « type ». Vouliez-vous dire « prestation » ? (les valeurs s'écrivent en minuscules)",
            "Choisissez parmi : prestation, vente, bail_habitation, bail_commercial, scolarite, autre.",
        ),
    ),
    Cas(
        "plan-sepa-sans-compte-du-debiteur",
        ajouter(
            'plan:\n  nombre_echeances: 6\n  premiere_echeance: "2026-04-05"\n  moyen: prelevement_sepa\n'
        ),
        (
            "VALEUR-09",
            "69:10",
            "plan.moyen",
            "le plan prévoit un prélèvement SEPA, mais le compte du débiteur n'est pas donné (« debiteur.banque » : IBAN et BIC)",
            'Ajoutez « banque: {iban: "…", bic: "…"} » dans « debiteur », recopié du RIB que le débiteur vous a remis, ou choisissez « moyen: virement ».',
        ),
    ),
    Cas(
        "plan-sepa-sans-ics",
        remplacer('  ics: "FR72ZZZ123456"\n', "")
        + 'plan:\n  nombre_echeances: 6\n  premiere_echeance: "2026-04-05"\n  moyen: prelevement_sepa\n',
        (
            "VALEUR-09",
            "68:10",
            "plan.moyen",
            "le plan prévoit un prélèvement SEPA, mais le créancier n'a pas d'identifiant créancier SEPA (« creancier.ics »)",
            'Ajoutez « ics: "…" » dans « creancier » (votre banque l\'attribue), ou choisissez « moyen: virement ».',
        ),
        (
            "VALEUR-09",
            "68:10",
            "plan.moyen",
            "le plan prévoit un prélèvement SEPA, mais le compte du débiteur n'est pas donné (« debiteur.banque » : IBAN et BIC)",
            'Ajoutez « banque: {iban: "…", bic: "…"} » dans « debiteur », recopié du RIB que le débiteur vous a remis, ou choisissez « moyen: virement ».',
        ),
    ),
    Cas(
        "iban-du-debiteur-invalide",
        remplacer(
            '    ville: "Lyon"\ncontrat:',
            '    ville: "Lyon"\n  banque: {iban: "FR7630004008200001098765438", bic: "BNPAFRPP"}\ncontrat:',
        ),
        (
            "VALEUR-04",
            "35:18",
            "debiteur.banque.iban",
            "IBAN « FR7630004008200001098765438 » invalide : clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé",
            "Recopiez l'IBAN depuis le RIB de la banque, espaces permis.",
        ),
    ),
    Cas(
        "plan-premiere-echeance-avant-l-accord",
        ajouter(
            'plan:\n  date_accord: "2026-04-10"\n  nombre_echeances: 6\n  premiere_echeance: "2026-04-05"\n  moyen: virement\n'
        ),
        (
            "VALEUR-09",
            "69:22",
            "plan.premiere_echeance",
            "la première échéance (5 avril 2026) précède la date de l'accord (10 avril 2026)",
            "Fixez la première échéance au plus tôt le jour de l'accord (une échéance payée à la signature est permise), ou corrigez « date_accord ».",
        ),
    ),
    Cas(
        "rappel-d-echeance-sans-plan",
        remplacer("courriers:\n", 'courriers:\n  - {type: rappel_echeance, date: "2026-02-01"}\n'),
        (
            "VALEUR-09",
            "58:12",
            "courriers[0].type",
            "le courrier « rappel_echeance » du 1er février 2026 suppose un échéancier, mais le dossier n'a pas de « plan »",
            "Décrivez l'échéancier convenu dans « plan », ou corrigez le type du courrier.",
        ),
    ),
    Cas(
        "mandataire-incomplet",
        ajouter('mandataire:\n  nom: "Recouvrement Éthique"\n'),
        (
            "CHAMP-02",
            "66:1",
            "mandataire.siren",
            "clé obligatoire « siren » absente de « mandataire »",
            'Ajoutez « siren: "…" » dans « mandataire » (voir le squelette écrit par « dossier init »).',
        ),
        (
            "CHAMP-02",
            "66:1",
            "mandataire.adresse",
            "clé obligatoire « adresse » absente de « mandataire »",
            "Ajoutez « adresse: » dans « mandataire » puis, en dessous et indentées, ses clés (ligne1, code_postal, ville…) (voir le squelette écrit par « dossier init »).",
        ),
        (
            "CHAMP-02",
            "66:1",
            "mandataire.assurance_rc",
            "clé obligatoire « assurance_rc » absente de « mandataire »",
            'Ajoutez « assurance_rc: "…" » dans « mandataire » (voir le squelette écrit par « dossier init »).',
        ),
        (
            "CHAMP-02",
            "66:1",
            "mandataire.compte_cantonnement",
            "clé obligatoire « compte_cantonnement » absente de « mandataire »",
            'Ajoutez « compte_cantonnement: "…" » dans « mandataire » (voir le squelette écrit par « dossier init »).',
        ),
    ),
    Cas(  # issue 19: the line to fix is the section's first, not the one where PyYAML stops
        "indentation-premiere-cle-de-section",
        remplacer('creancier:\n  nom: "Atelier Durand"', 'creancier:\n    nom: "Atelier Durand"'),
        (
            "YAML-01",
            "8:5",
            "creancier.nom",
            "indentation incohérente : cette ligne, la première de sa section, a 4 espaces devant, les suivantes 2",
            "Mettez 2 espaces devant la clé, comme aux lignes suivantes.",
        ),
    ),
    Cas(  # issue 19: the line to fix is the section's first, not the one where PyYAML stops
        "indentation-premiere-cle-trop-peu",
        remplacer('  adresse:\n    ligne1: "12 rue des Lilas"', '  adresse:\n   ligne1: "12 rue des Lilas"'),
        (
            "YAML-01",
            "16:4",
            "creancier.adresse.ligne1",
            "indentation incohérente : cette ligne, la première de sa section, a 3 espaces devant, les suivantes 4",
            "Mettez 4 espaces devant la clé, comme aux lignes suivantes.",
        ),
    ),
    Cas(  # issue 19: the line to fix is the section's first, not the one where PyYAML stops
        "indentation-premier-tiret",
        remplacer('  - numero: "F-2025-118"', '    - numero: "F-2025-118"'),
        (
            "YAML-01",
            "42:5",
            "factures[0].numero",
            "indentation incohérente : ce tiret, le premier de sa liste, a 4 espaces devant : ses clés commencent après 6 espaces, celles des lignes suivantes après 4",
            "Mettez 2 espaces devant le tiret, comme aux lignes suivantes.",
        ),
    ),
]


def _refus(texte: str) -> list[Constat]:
    with pytest.raises(InvalidClaim) as refus:
        lire(texte)
    return refus.value.constats


def _vus(constats: list[Constat]) -> list[Attendu]:
    vus = []
    for c in constats:
        assert c.ou is not None, f"{c.code} sans position"
        vus.append((c.code, f"{c.ou.ligne}:{c.ou.colonne}", c.ou.chemin, c.message, c.que_faire))
    return vus


def test_la_base_est_valide() -> None:
    creance = lire(BASE)
    assert creance.reference == "2026-0142"
    assert len(creance.factures) == 2


def test_au_moins_trente_cas() -> None:
    assert len(CAS) >= 30


@pytest.mark.parametrize(("texte", "attendus"), CAS)
def test_saisie_invalide(texte: str, attendus: list[Attendu]) -> None:
    constats = _refus(texte)
    assert _vus(constats) == attendus
    for c in constats:
        assert c.severite is Severite.BLOQUANT
        assert c.ou is not None and c.ou.fichier == "claim.yaml"
        assert c.article == registre()[c.code].article


# Words of PyYAML's and pydantic's own (English) messages, which must never reach the user.
_ANGLAIS = re.compile(
    r"\b(Input should|Field required|Value error|Extra inputs|validation errors?|expected|found|while "
    r"(parsing|scanning)|could not|not allowed|mapping|scalar|token|None|False|Decimal|datetime|str|"
    r"type=|input_value)\b|https?://errors\.pydantic"
)


@pytest.mark.parametrize(("texte", "attendus"), CAS)
def test_messages_en_francais_et_actionnables(texte: str, attendus: list[Attendu]) -> None:
    for c in _refus(texte):
        assert not _ANGLAIS.search(c.message), c.message
        assert not _ANGLAIS.search(c.que_faire), c.que_faire
        assert c.que_faire[:1].isupper() and c.que_faire.endswith((".", "»", ")")), c.que_faire


def test_plusieurs_erreurs_triees_par_ligne() -> None:
    texte = remplacer(
        '    montant_ttc: "1260.00"',
        "    montant_ttc: 1260",
        '    code_postal: "69003"',
        '    code_postal: "6900"',
        "  professionnel: true",
        "  professionnel: oui",
    )
    constats = _refus(texte)
    assert [c.code for c in constats] == ["CHAMP-03", "VALEUR-08", "VALEUR-01"]
    lignes = [c.ou.ligne for c in constats if c.ou]
    assert lignes == sorted(lignes) == [11, 17, 51]


def test_position_lisible() -> None:
    (constat,) = _refus(remplacer('    montant_ttc: "2480.00"', "    montant_ttc: 2480"))
    assert str(constat.ou) == "claim.yaml:45:18 factures[0].montant_ttc"


def test_nom_du_fichier_dans_la_position() -> None:
    with pytest.raises(InvalidClaim) as refus:
        lire(remplacer("  professionnel: true", "  professionnel: yes"), nom="durand.yaml")
    assert str(refus.value.constats[0].ou) == "durand.yaml:11:18 creancier.professionnel"
