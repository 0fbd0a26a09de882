"""Receptionist questions and their right answers, for `manage.py search_quality`.

Written from the content (what the fiches are about), never from an engine's answers. Typed as people
type: no accents, typos, postal codes, acronyms, old names, whole sentences.

Each question: Q(text, answer, answer…, commune=…, category=…)
- text: what the receptionist types in the search box;
- answers: any of them in the first results is a success:
  - "slug": the fiche with that slug (scheme, structure or guide), e.g. "rsa";
  - "network:TYPE": a structure of that data·inclusion network type (réseau porteur) serving the person's
    commune, e.g. "network:ccas-cias";
  - "title:Exact title": the fiche with that title;
- commune: the person's commune as the receptionist gives it (name, postal code…), sent as `commune=`;
- lives: the person's commune as an INSEE code when the text names it (« … à Montceau ») and it is not
  sent as `commune=`: "network:" answers must serve it;
- category: the data·inclusion category the question is about (every category has questions).

Slugs of the national schemes of the « Référentiel national » and the network types of the structures of
Saône-et-Loire are those of the demo knowledge base; a question whose answers are not in the database is
counted apart (« sans réponse dans la base »). To add a question, append a Q(...) line to FIRST_HALF below or
to SECOND_HALF in questions_more.py."""

from dataclasses import dataclass, field

__all__ = ["FIRST_HALF", "Q", "Question", "all_questions"]

CLUNY, MATOUR, MONTCEAU, MACON, CHALON, LE_CREUSOT, AUTUN = (
    "71137",
    "71289",
    "71306",
    "71270",
    "71076",
    "71153",
    "71014",
)


@dataclass(frozen=True)
class Question:
    text: str
    answers: tuple
    commune: str = ""
    lives: str = ""
    category: str = ""
    note: str = field(default="", compare=False)


def Q(text, *answers, commune="", lives="", category=""):  # noqa: N802 - reads as a table
    return Question(text=text, answers=answers, commune=commune, lives=lives, category=category)


ADMIN = "difficultes-administratives-ou-juridiques"
MONEY = "difficultes-financieres"
FOOD = "equipement-et-alimentation"
FAMILY = "famille"
HOUSING = "logement-hebergement"
HEALTH = "sante"
JOB = "trouver-un-emploi"
MOBILITY = "mobilite"
DIGITAL = "numerique"
LITERACY = "lecture-ecriture-calcul"
TRAINING = "se-former"
CAREER = "choisir-un-metier"
APPLY = "preparer-sa-candidature"
BUSINESS = "creer-une-entreprise"
REMOBILISE = "remobilisation"
ABROAD = "souvrir-a-linternational"

RSA = ("rsa", "procedure-premiere-demande-rsa")
FSL = ("fonds-de-solidarite-logement", "fiche-reflexe-impaye-de-loyer")
APA = ("apa", "allocation-personnalisee-d-autonomie")
PMI = ("pmi", "consultations-pmi")
# The scheme and the fiche réflexe on the same situation are both right answers.
DEBT = ("surendettement", "fiche-reflexe-surendettement")

FIRST_HALF = [
    # Difficultés financières: minimum income, budget, debts, emergency help
    Q("rsa", *RSA, category=MONEY),
    Q("RSA", *RSA, commune="Cluny", category=MONEY),
    Q("rmi", *RSA, category=MONEY),
    Q("revenu minimum", *RSA, category=MONEY),
    Q("revenu de solidarite active", *RSA, category=MONEY),
    Q("rsa jeune 24 ans avec enfant", *RSA, category=MONEY),
    Q("demande de rsa premiere fois", *RSA, category=MONEY),
    Q("il n a plus aucune ressource", *RSA, "aide-financiere-d-urgence", category=MONEY),
    Q("prime d activite", "prime-activite", category=MONEY),
    Q("prime activité smic", "prime-activite", category=MONEY),
    Q("complement de salaire caf", "prime-activite", category=MONEY),
    Q("surendettement", *DEBT, "network:points-conseil-budget", category=MONEY),
    Q("dossier de surendetement banque de france", *DEBT, category=MONEY),
    Q(
        "trop de credits il ne s en sort plus",
        *DEBT,
        "network:points-conseil-budget",
        category=MONEY,
    ),
    Q("point conseil budget", "network:points-conseil-budget", category=MONEY),
    Q("aide pour gerer son budget", "network:points-conseil-budget", "surendettement", category=MONEY),
    Q(
        "aide financiere urgente",
        "aide-financiere-d-urgence",
        "secours-exceptionnel-ccas-montceau",
        category=MONEY,
    ),
    Q("secours d urgence", "aide-financiere-d-urgence", "secours-exceptionnel-ccas-montceau", category=MONEY),
    Q(
        "elle n a plus rien pour finir le mois",
        "aide-financiere-d-urgence",
        "network:ccas-cias",
        category=MONEY,
    ),
    Q("ccas", "network:ccas-cias", commune="71250", lives=CLUNY, category=MONEY),
    Q("CCAS montceau", "ccas-montceau-les-mines", category=MONEY),
    Q("ccas cluny", "ccas-cluny", category=MONEY),
    Q("centre communal d action sociale", "network:ccas-cias", commune="Montceau-les-Mines", category=MONEY),
    Q("aspa minimum vieillesse", "aspa", category=MONEY),
    Q("minimum viellesse", "aspa", category=MONEY),
    Q("retraite tres petite pension", "aspa", category=MONEY),
    Q("ass fin de droits chomage", "allocation-solidarite-specifique", category=MONEY),
    Q("allocation de solidarite specifique", "allocation-solidarite-specifique", category=MONEY),
    Q("cheque energie", "cheque-energie", category=MONEY),
    Q("chèque énergie pas reçu", "cheque-energie", category=MONEY),
    Q(
        "facture electricite impayee",
        "cheque-energie",
        *FSL,
        "aide-aux-factures-d-energie-cluny",
        category=MONEY,
    ),
    Q("frais d obseques", "aide-aux-frais-d-obseques-cluny", category=MONEY),
    # Logement et hébergement
    Q("elle ne peut plus payer son loyer", *FSL, category=HOUSING),
    Q("impayé de loyer", *FSL, category=HOUSING),
    Q("impaye loyer", *FSL, commune="Matour", category=HOUSING),
    Q("loyer", *FSL, "aides-au-logement", category=HOUSING),
    Q("fsl", *FSL, category=HOUSING),
    Q("FSL", *FSL, commune="71300", lives=MONTCEAU, category=HOUSING),
    Q("fond solidarite logement", *FSL, category=HOUSING),
    Q("depot de garantie", *FSL, category=HOUSING),
    Q("caution appartement", *FSL, "garantie-visale", category=HOUSING),
    Q("menace d expulsion", "fiche-reflexe-impaye-de-loyer", "dalo", *FSL, category=HOUSING),
    Q("expulsion locative", "fiche-reflexe-impaye-de-loyer", "dalo", category=HOUSING),
    Q("apl", "aides-au-logement", category=HOUSING),
    Q("APL", "aides-au-logement", commune="Cluny", category=HOUSING),
    Q("aide personnalisee au logement", "aides-au-logement", category=HOUSING),
    Q("allocation logement caf", "aides-au-logement", "network:caf", category=HOUSING),
    Q("dalo", "dalo", category=HOUSING),
    Q("droit au logement opposable", "dalo", category=HOUSING),
    Q("115", "115-urgence-sociale", "network:siao", category=HOUSING),
    Q("il dort dehors ce soir", "115-urgence-sociale", "network:siao", category=HOUSING),
    Q("hebergement d urgence", "115-urgence-sociale", "network:siao", category=HOUSING),
    Q("sans abri", "115-urgence-sociale", "network:siao", "domiciliation", category=HOUSING),
    Q("siao", "network:siao", "115-urgence-sociale", category=HOUSING),
    Q("domiciliation", "domiciliation", "network:ccas-cias", category=HOUSING),
    Q("domicilation", "domiciliation", "network:ccas-cias", category=HOUSING),
    Q("adresse pour recevoir son courrier sans domicile", "domiciliation", category=HOUSING),
    Q("sans domicile fixe courrier", "domiciliation", category=HOUSING),
    Q("domiciliation", "network:ccas-cias", commune="Montceau-les-Mines", category=HOUSING),
    Q("coupure d eau", *FSL, "aide-aux-factures-d-energie-cluny", category=HOUSING),
    Q("facture energie", *FSL, "cheque-energie", "aide-aux-factures-d-energie-cluny", category=HOUSING),
    # Équipement et alimentation
    Q(
        "aide alimentaire",
        "epicerie-sociale-de-cluny",
        "aide-alimentaire-d-urgence-cluny",
        "epicerie-solidaire-montceau",
        "network:banques-alimentaires",
        "network:restos-du-coeur",
        "network:secours-populaire",
        category=FOOD,
    ),
    Q(
        "aide alimentaire à Montceau",
        "epicerie-solidaire-montceau",
        "network:banques-alimentaires",
        "network:restos-du-coeur",
        "network:secours-populaire",
        lives=MONTCEAU,
        category=FOOD,
    ),
    Q(
        "colis alimentaire",
        "aide-alimentaire-d-urgence-cluny",
        "epicerie-sociale-de-cluny",
        "network:restos-du-coeur",
        "network:secours-populaire",
        category=FOOD,
    ),
    Q("epicerie sociale", "epicerie-sociale-de-cluny", "epicerie-solidaire-montceau", category=FOOD),
    Q("epicerie solidaire cluny", "epicerie-sociale-de-cluny", category=FOOD),
    Q(
        "il n a rien a manger",
        "aide-alimentaire-d-urgence-cluny",
        "epicerie-sociale-de-cluny",
        "aide-financiere-d-urgence",
        "network:restos-du-coeur",
        "network:banques-alimentaires",
        category=FOOD,
    ),
    Q("restos du coeur", "network:restos-du-coeur", category=FOOD),
    Q("resto du coeur", "network:restos-du-coeur", commune="Chalon-sur-Saône", category=FOOD),
    Q("secours populaire", "network:secours-populaire", category=FOOD),
    Q("banque alimentaire", "network:banques-alimentaires", category=FOOD),
    Q("portage de repas", "portage-de-repas-montceau", category=FOOD),
    Q("repas a domicile personne agee", "portage-de-repas-montceau", category=FOOD),
    Q("vetements", "network:secours-populaire", "network:croix-rouge", "network:emmaus", category=FOOD),
    Q("meubles pas cher", "network:emmaus", "network:ressourceries", category=FOOD),
]


def all_questions():
    """Every question: the first half above, the second in questions_more.py."""
    from .questions_more import SECOND_HALF

    return [*FIRST_HALF, *SECOND_HALF]
