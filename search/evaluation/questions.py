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
counted apart (« sans réponse dans la base »). To add a question, append a Q(...) line."""

from dataclasses import dataclass, field

__all__ = ["QUESTIONS", "Q", "Question"]

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

QUESTIONS = [
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
    Q("surendettement", "surendettement", "network:points-conseil-budget", category=MONEY),
    Q("dossier de surendetement banque de france", "surendettement", category=MONEY),
    Q(
        "trop de credits il ne s en sort plus",
        "surendettement",
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
    Q("ccas", "network:ccas-cias", commune="71250", category=MONEY),
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
    Q("FSL", *FSL, commune="71300", category=HOUSING),
    Q("fond solidarite logement", *FSL, category=HOUSING),
    Q("depot de garantie", *FSL, category=HOUSING),
    Q("caution appartement", *FSL, category=HOUSING),
    Q("menace d expulsion", "fiche-reflexe-impaye-de-loyer", "dalo", *FSL, category=HOUSING),
    Q("expulsion locative", "fiche-reflexe-impaye-de-loyer", "dalo", category=HOUSING),
    Q("apl", "aides-au-logement", category=HOUSING),
    Q("APL", "aides-au-logement", commune="Cluny", category=HOUSING),
    Q("aide personnalisee au logement", "aides-au-logement", category=HOUSING),
    Q("allocation logement caf", "aides-au-logement", category=HOUSING),
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
    # Famille
    Q("pmi", *PMI, category=FAMILY),
    Q("PMI", *PMI, commune="Cluny", category=FAMILY),
    Q("protection maternelle et infantile", *PMI, category=FAMILY),
    Q("consultation nourisson", *PMI, category=FAMILY),
    Q("vaccin bebe gratuit", *PMI, category=FAMILY),
    Q("elle est enceinte suivi de grossesse", *PMI, category=FAMILY),
    Q("puericultrice", *PMI, "mds-cluny", category=FAMILY),
    Q("creche", "creches-avip", "creche-avip-montceau", category=FAMILY),
    Q("crèche", "creches-avip", "creche-avip-montceau", commune="Montceau-les-Mines", category=FAMILY),
    Q("creche avip", "creches-avip", "creche-avip-montceau", category=FAMILY),
    Q("garde d enfant recherche d emploi", "creches-avip", "creche-avip-montceau", category=FAMILY),
    Q("mère isolée crèche", "creches-avip", "creche-avip-montceau", category=FAMILY),
    Q("mere isolee", "allocations-familiales", "asf", "rsa", category=FAMILY),
    Q("allocations familiales", "allocations-familiales", "network:caf", category=FAMILY),
    Q("allocation de rentree scolaire", "allocation-rentree-scolaire", category=FAMILY),
    Q("ars rentree", "allocation-rentree-scolaire", category=FAMILY),
    Q("caf", "network:caf", category=FAMILY),
    Q("caisse d allocations familiales", "network:caf", category=FAMILY),
    Q("enfant en danger", "119-enfance-en-danger", category=FAMILY),
    Q("119", "119-enfance-en-danger", category=FAMILY),
    Q("maltraitance enfant", "119-enfance-en-danger", category=FAMILY),
    Q("violences conjugales", "3919-violences-femmes-info", "network:cidff", category=FAMILY),
    Q("femme battue", "3919-violences-femmes-info", "network:cidff", category=FAMILY),
    Q("3919", "3919-violences-femmes-info", category=FAMILY),
    Q("cidff droits des femmes", "network:cidff", category=FAMILY),
    Q("apa", *APA, category=FAMILY),
    Q("APA personne agee", *APA, commune="71250", category=FAMILY),
    Q("allocation personnalisée d'autonomie", *APA, category=FAMILY),
    Q("perte d autonomie", *APA, "clic-clunisois", category=FAMILY),
    Q(
        "sa mere ne peut plus rester seule chez elle",
        *APA,
        "clic-clunisois",
        "teleassistance",
        category=FAMILY,
    ),
    Q("clic", "clic-clunisois", "network:maison-departementale-de-lautonomie", category=FAMILY),
    Q("aide a domicile", *APA, "aide-menagere-aide-sociale", category=FAMILY),
    Q("teleassistance", "teleassistance", category=FAMILY),
    Q("accueil familial personne agee", "accueil-familial", category=FAMILY),
    Q(
        "adolescent en difficulte",
        "maison-des-adolescents",
        "maison-des-adolescents-permanence-montceau",
        category=FAMILY,
    ),
    Q(
        "addiction adolescent",
        "maison-des-adolescents",
        "maison-des-adolescents-permanence-montceau",
        "drogues-info-service",
        category=FAMILY,
    ),
    Q("mdph", "network:mdph", category=FAMILY),
    Q("aah", "aah", category=FAMILY),
    Q("allocation adulte handicape", "aah", category=FAMILY),
    Q("pch handicap", "pch", category=FAMILY),
    Q("prestation de compensation du handicap", "pch", category=FAMILY),
    Q("carte mobilite inclusion", "carte-mobilite-inclusion", category=FAMILY),
    Q("carte handicape stationnement", "carte-mobilite-inclusion", category=FAMILY),
    Q("carte invalidite", "carte-mobilite-inclusion", category=FAMILY),
    Q("centre social", "network:fcsf", commune="Cluny", category=FAMILY),
    Q("centre social matour", "centre-social-de-matour", category=FAMILY),
    # Santé
    Q("cmu", "complementaire-sante-solidaire", "assurance-maladie-puma", category=HEALTH),
    Q("css mutuelle gratuite", "complementaire-sante-solidaire", category=HEALTH),
    Q("complémentaire santé solidaire", "complementaire-sante-solidaire", category=HEALTH),
    Q("pas de mutuelle", "complementaire-sante-solidaire", category=HEALTH),
    Q("ame", "ame", category=HEALTH),
    Q("aide medicale d etat sans papiers", "ame", category=HEALTH),
    Q("carte vitale", "assurance-maladie-puma", "network:cpam", category=HEALTH),
    Q("cpam", "network:cpam", category=HEALTH),
    Q("securite sociale", "network:cpam", "assurance-maladie-puma", category=HEALTH),
    Q("puma assurance maladie", "assurance-maladie-puma", category=HEALTH),
    Q("msa", "network:mutualite-sociale-agricole", category=HEALTH),
    Q("agriculteur caisse", "network:mutualite-sociale-agricole", category=HEALTH),
    Q("idees suicidaires", "3114-prevention-suicide", category=HEALTH),
    Q("3114", "3114-prevention-suicide", category=HEALTH),
    Q("drogue", "drogues-info-service", category=HEALTH),
    Q("drogues info service", "drogues-info-service", category=HEALTH),
    Q("mal etre jeune", "maison-des-adolescents", "3114-prevention-suicide", category=HEALTH),
    Q("ecoute ado", "maison-des-adolescents", "maison-des-adolescents-permanence-montceau", category=HEALTH),
    # Difficultés administratives ou juridiques
    Q("aide juridictionnelle", "aide-juridictionnelle", category=ADMIN),
    Q("avocat gratuit", "aide-juridictionnelle", category=ADMIN),
    Q("aide juridictionelle", "aide-juridictionnelle", category=ADMIN),
    Q("victime d une agression", "116006-aide-aux-victimes", category=ADMIN),
    Q("aide aux victimes", "116006-aide-aux-victimes", category=ADMIN),
    Q("france services", "network:france-service", commune="Matour", category=ADMIN),
    Q("france service", "network:france-service", commune="Cluny", category=ADMIN),
    Q("maison france service", "network:france-service", commune="71250", category=ADMIN),
    Q("aide pour les demarches administratives", "network:france-service", commune="71520", category=ADMIN),
    Q("papiers administratifs en ligne", "network:france-service", commune="Cluny", category=ADMIN),
    Q("mds", "network:maisons-des-solidarites", commune="Montceau-les-Mines", category=ADMIN),
    Q(
        "maison departementale des solidarites",
        "network:maisons-des-solidarites",
        commune="Cluny",
        category=ADMIN,
    ),
    Q(
        "assistante sociale",
        "network:maisons-des-solidarites",
        "network:ccas-cias",
        commune="Cluny",
        category=ADMIN,
    ),
    Q("assistante sociale", "network:maisons-des-solidarites", "network:ccas-cias", category=ADMIN),
    Q(
        "assistante social de secteur",
        "network:maisons-des-solidarites",
        commune="Montceau-les-Mines",
        category=ADMIN,
    ),
    Q(
        "travailleur social",
        "network:maisons-des-solidarites",
        "network:ccas-cias",
        commune="Cluny",
        category=ADMIN,
    ),
    Q("mairie", "network:communes", commune="Matour", category=ADMIN),
    Q("mairie de cluny", "title:Mairie de Cluny", category=ADMIN),
    Q("mairie fragnes la loyere", "title:Mairie de Fragnes-La Loyère", category=ADMIN),
    Q("carte d identite", "network:communes", "network:france-service", commune="Matour", category=ADMIN),
    Q("etat civil", "network:communes", commune="Cluny", category=ADMIN),
    Q("acces aux droits", *RSA, "network:france-service", category=ADMIN),
    Q("tutelle curatelle", "mesure-d-accompagnement-social-personnalise", category=ADMIN),
    Q(
        "masp accompagnement social personnalise",
        "mesure-d-accompagnement-social-personnalise",
        category=ADMIN,
    ),
    # Trouver un emploi, préparer sa candidature, choisir un métier, se former
    Q("pole emploi", "network:france-travail", category=JOB),
    Q("anpe", "network:france-travail", category=JOB),
    Q("france travail", "network:france-travail", commune="Montceau-les-Mines", category=JOB),
    Q("inscription demandeur d emploi", "network:france-travail", category=JOB),
    Q("accompagnement global emploi", "accompagnement-global", category=JOB),
    Q("il cherche du travail et a des problemes de sante", "accompagnement-global", category=JOB),
    Q(
        "accompagnement emploi allocataire rsa",
        "accompagnement-emploi-allocataires-rsa",
        "accompagnement-global",
        category=JOB,
    ),
    Q("mission locale", "network:mission-locale", category=JOB),
    Q("mission locale", "network:mission-locale", commune="Chalon-sur-Saône", category=JOB),
    Q(
        "jeune 19 ans sans emploi ni formation",
        "network:mission-locale",
        "contrat-engagement-jeune",
        category=JOB,
    ),
    Q("cej", "contrat-engagement-jeune", category=JOB),
    Q("contrat d engagement jeune", "contrat-engagement-jeune", category=JOB),
    Q("garantie jeunes", "contrat-engagement-jeune", category=JOB),
    Q("fonds d aide aux jeunes", "fonds-d-aide-aux-jeunes", category=JOB),
    Q("faj jeune en galere", "fonds-d-aide-aux-jeunes", category=JOB),
    Q(
        "faire un cv",
        "network:france-travail",
        "network:mission-locale",
        "network:france-service",
        category=APPLY,
    ),
    Q("lettre de motivation", "network:france-travail", "network:mission-locale", category=APPLY),
    Q("preparer un entretien d embauche", "network:france-travail", "network:mission-locale", category=APPLY),
    Q("orientation professionnelle", "network:mission-locale", "network:france-travail", category=CAREER),
    Q("changer de metier", "network:france-travail", category=CAREER),
    Q("reconversion", "network:france-travail", category=CAREER),
    Q("formation pour adulte", "network:france-travail", category=TRAINING),
    Q("se former jeune", "network:mission-locale", "contrat-engagement-jeune", category=TRAINING),
    Q("apprentissage", "network:mission-locale", "contrat-engagement-jeune", category=TRAINING),
    Q(
        "creer son entreprise",
        "accompagnement-createurs-allocataires-rsa",
        "network:adie",
        "network:reseau-bge",
        "network:initiative-france",
        category=BUSINESS,
    ),
    Q("creation d entreprise rsa", "accompagnement-createurs-allocataires-rsa", category=BUSINESS),
    Q("micro credit", "network:adie", category=BUSINESS),
    # Lecture, écriture, calcul; numérique; s'ouvrir à l'international
    Q("cours de francais", "ateliers-de-francais-centre-social-cluny", category=LITERACY),
    Q("apprendre a lire et ecrire", "ateliers-de-francais-centre-social-cluny", category=LITERACY),
    Q("illettrisme", "ateliers-de-francais-centre-social-cluny", category=LITERACY),
    Q(
        "atelier numerique",
        "ateliers-numeriques-centre-social-cluny",
        "network:france-service",
        "network:fcsf",
        category=DIGITAL,
    ),
    Q(
        "il ne sait pas se servir d internet",
        "ateliers-numeriques-centre-social-cluny",
        "network:france-service",
        "network:conseillers-numeriques",
        "network:fcsf",
        category=DIGITAL,
    ),
    Q(
        "conseiller numerique",
        "network:conseillers-numeriques",
        "network:france-service",
        "france-services-entre-charolais-et-brionnais",
        category=DIGITAL,
    ),
    Q("aide demarche en ligne caf impots", "network:france-service", category=DIGITAL),
    Q(
        "travailler a l etranger jeune",
        "network:mission-locale",
        "network:reseau-information-jeunesse",
        category=ABROAD,
    ),
    Q(
        "partir a l etranger erasmus",
        "network:mission-locale",
        "network:reseau-information-jeunesse",
        category=ABROAD,
    ),
    # Mobilité
    Q("transport solidaire", "transport-solidaire", category=MOBILITY),
    Q("pas de voiture pour aller a un rendez vous medical", "transport-solidaire", category=MOBILITY),
    Q("transport solidaire matour", "transport-solidaire", category=MOBILITY),
    Q("permis de conduire aide", "aide-a-la-mobilite-insertion", category=MOBILITY),
    Q("aide mobilite insertion", "aide-a-la-mobilite-insertion", category=MOBILITY),
    Q("mobilite", "transport-solidaire", "aide-a-la-mobilite-insertion", category=MOBILITY),
    # Remobilisation
    Q("lien social isolement", "centre-social-de-matour", "network:fcsf", category=REMOBILISE),
    Q("personne isolee sortir de chez soi", "network:fcsf", "transport-solidaire", category=REMOBILISE),
    Q("confiance en soi", "accompagnement-global", "network:fcsf", category=REMOBILISE),
    Q("mediation de voisinage", "equipe-prevention-insertion-mediation", category=REMOBILISE),
    Q("educateur de rue", "equipe-prevention-insertion-mediation", category=REMOBILISE),
]
