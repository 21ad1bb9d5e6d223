partner-title = Espace partenaire
partner-intro = Les contenus de votre organisation dans tous leurs états : brouillons, en attente de relecture, publiés, refusés et archivés.
partner-none = Vous ne publiez encore pour aucune organisation. Demandez à l’équipe d’administration de vous rattacher à la vôtre.
partner-acting-for = Vous agissez pour { $name }
partner-choose = Organisation
partner-choose-submit = Afficher ses contenus
partner-by-status = Par état
partner-by-kind = Par type
partner-count = { $name } ({ $count })
partner-items = Contenus
partner-shown = { $count ->
    [one] { $count } contenu affiché.
   *[other] { $count } contenus affichés.
}
partner-show-all = Tout afficher
partner-empty = Rien pour l’instant.
partner-col-title = Titre
partner-col-kind = Type
partner-col-status = État
content-status-draft = Brouillon
content-status-in-review = En relecture
content-status-published = Publié
content-status-rejected = Refusé
content-status-archived = Archivé
content-kind-offer = Offres
content-kind-interview = Témoignages
content-kind-pathway = Parcours
content-kind-organisation = Fiche de l’organisation
content-kind-one-offer = Offre
content-kind-one-interview = Témoignage
content-kind-one-pathway = Parcours
content-kind-one-organisation = Fiche de l’organisation
