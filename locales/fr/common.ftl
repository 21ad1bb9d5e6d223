site-name = Social Tech Academy
page-title = { $title } · { $site }
site-description = Trouvez votre voie vers les métiers du numérique au service du bien commun : fiches métiers, portraits de professionnels et organisations qui recrutent.
nav-skip = Aller au contenu principal
nav-skip-results = Aller aux résultats
nav-menu = Menu
nav-main-label = Menu principal
nav-language-label = Langue
nav-home = Accueil
nav-jobs = Métiers
nav-interviews = Témoignages
nav-organisations = Organisations
nav-offers = Offres
nav-resources = Ressources
nav-webinars = Webinaires
nav-pathways = Parcours
footer-about = Social Tech Academy est un portail européen consacré au travail numérique dans les associations, les coopératives, les entreprises sociales et les projets d'intérêt général.
footer-licence = Contenus sous licence CC BY-SA 4.0, sauf mention contraire. Données ouvertes et logiciel libre.
breadcrumb-label = Fil d'Ariane
copy-link = Copier le lien de cette page
copy-link-done = Lien copié.

lang-endonym-en = English
lang-endonym-fr = Français
lang-endonym-es = Español
lang-endonym-it = Italiano
lang-name-en = anglais
lang-name-fr = français
lang-name-es = espagnol
lang-name-it = italien
fallback-notice = Ce texte n'est pas encore disponible en { $requested }, il est donc affiché en { $shown }.
quote-inline = « { $text } »
fallback-badge = En { $shown }

filters-label = Filtres
filters-apply = Appliquer les filtres
filters-clear = Effacer les filtres
filters-ignored = Certaines parties de l'adresse n'ont pas pu être utilisées et ont été ignorées : { $names }. Les résultats sont affichés sans elles.
filter-country = Pays
filter-country-any = Tous les pays
param-page = numéro de page
param-area = domaine de compétences
param-job = fiche métier
param-country = pays
param-kind = type
param-q = mots recherchés (seuls les premiers ont été utilisés)
param-city = ville
param-mode = mode de travail
param-lang = langue
param-competence = compétence
param-organisation = organisation
param-posted = date de publication
param-sort = ordre
param-org = organisation pour laquelle vous agissez
param-licence = licence
param-age = durée d’attente
param-status = état
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-position = Page { $page } sur { $pages }

error-not-found = Page introuvable
error-not-found-help = Nous n'avons pas trouvé cette page. Elle a peut-être été déplacée, ou l'adresse contient une faute de frappe.
error-gone = Cette page a été retirée
error-gone-help = Son éditeur l’a retirée : elle n’est plus disponible. Les listes du site montrent ce qui est ouvert aujourd’hui.
error-forbidden = Accès refusé
error-forbidden-help = Vous n'avez pas l'autorisation de voir cette page.
error-validation = Certaines informations ne sont pas valides
error-validation-help = Veuillez vérifier les champs signalés, puis réessayer.
error-conflict = Cet élément existe déjà
error-conflict-help = Un élément avec le même nom ou la même adresse existe déjà.
error-internal = Un problème est survenu de notre côté
error-internal-help = Veuillez réessayer dans un instant. Si le problème continue, prévenez-nous.
error-back-home = Retour à la page d'accueil

country-BE = Belgique
country-ES = Espagne
country-FR = France
country-IT = Italie
org-kind-association = Association
org-kind-cooperative = Coopérative
org-kind-social-enterprise = Entreprise sociale
org-kind-foundation = Fondation
org-kind-public-body = Organisme public
org-kind-company = Entreprise

date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

error-bad-request = Cette demande n'a pas pu être comprise
error-bad-request-help = L'adresse ou le formulaire envoyé n'est pas dans une forme que nous savons lire. Revenez en arrière et réessayez.
error-method-not-allowed = Cette action n'est pas possible ici
error-method-not-allowed-help = Cette page ne s'utilise pas de cette façon. Ouvrez-la depuis un lien ou depuis les menus du site.
error-payload-too-large = Ce que vous avez envoyé est trop volumineux
error-payload-too-large-help = Le formulaire contenait plus que ce que nous pouvons accepter. Raccourcissez le texte et envoyez-le à nouveau.
form-error-missing = Veuillez remplir ce champ.
form-error-invalid = Cette valeur ne fait pas partie des choix proposés. Veuillez choisir à nouveau.
size-kb = { $size } ko
size-mb = { $size } Mo
filters-search = Rechercher
filters-toggle = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
filters-active = Filtres appliqués
filters-remove = (retirer ce filtre)
results-title-words = « { $words } » — { $found }
results-title = { $title } — { $found }
results-title-page = { $results }, page { $page }
list-and = { $first } et { $last }
