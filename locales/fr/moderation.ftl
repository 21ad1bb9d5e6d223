moderation-queue = En attente de relecture
moderation-organisations = Organisations
moderation-filter-organisation = Organisation
moderation-filter-lang = Langue d’origine
moderation-filter-any = Toutes
moderation-waiting = { $count ->
    [0] Rien n’attend de relecture.
    [one] { $count } contenu attend une relecture, le plus ancien d’abord.
   *[other] { $count } contenus attendent une relecture, les plus anciens d’abord.
}
moderation-submitted = Envoyé le
moderation-back = Retour à la file de modération
moderation-decision = Votre décision
moderation-comment = Commentaire pour l’équipe éditoriale
moderation-comment-hint = Obligatoire pour refuser : dites ce qu’il faut changer. L’équipe éditoriale le lit sur le contenu et le reçoit par e-mail.
moderation-approve = Approuver et publier
moderation-reject = Refuser avec ce commentaire
moderation-history = Historique
moderation-comment-required = Veuillez dire ce que l’équipe éditoriale doit changer : elle lira ce commentaire.
moderation-already-decided = Ce contenu n’attend plus de relecture : quelqu’un a déjà décidé, ou il a été modifié.
moderation-notice-approved = Publié. Il apparaît dès maintenant dans la recherche, le flux et le plan du site.
moderation-notice-rejected = Refusé. L’équipe éditoriale est prévenue, avec votre commentaire.
history-create = créé
history-edit = modifié
history-submit = envoyé en relecture
history-approve = approuvé et publié
history-reject = refusé
history-publish = publié directement par un administrateur
history-translate = traduction proposée
history-archive = archivé
history-delete = supprimé
history-read-draft = consulté
partner-rejected-comment = Une personne de l’équipe de modération n’a pas publié cette offre et a écrit :
mail-rejected-subject = Pas encore publiée : { $title }
mail-rejected-body = L’équipe de modération de la Social Tech Academy a relu votre offre « { $title } » et ne l’a pas encore publiée. Son commentaire :
mail-rejected-next = Modifiez l’offre et envoyez-la de nouveau depuis votre espace partenaire :
moderation-change-tag = modification
moderation-changes-revision = Ce qui a changé depuis la version publiée
moderation-changes-new = Le contenu entier (jamais publié)
moderation-as-readers-see = Tel que les lecteurs le voient aujourd’hui
moderation-as-readers-will-see = Tel que les lecteurs le verront
moderation-filter-age = En attente depuis
moderation-age-days = { $count ->
    [one] au moins un jour
   *[other] au moins { $count } jours
}
