admin-users-title = Utilisateurs
admin-users-intro = Toutes les personnes qui ont un compte. Ouvrez une fiche pour modifier le rôle de la personne ou les organisations pour lesquelles elle publie.
admin-users-search = Rechercher par nom ou adresse e-mail
admin-users-search-submit = Rechercher
admin-users-count = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
admin-col-name = Nom
admin-col-email = Adresse e-mail
admin-col-role = Rôle
admin-col-organisations = Organisations
admin-col-verified = Confirmé
admin-col-created = Création
admin-yes = oui
admin-no = non
admin-user-title = Utilisateur : { $name }
admin-user-back = Retour à la liste des utilisateurs
admin-role-title = Rôle
admin-role-hint = Les éditeurs sont des apprenants qui publient pour une ou plusieurs organisations : ajoutez un rattachement ci-dessous.
admin-role-submit = Enregistrer le rôle
admin-memberships-title = Organisations pour lesquelles cette personne publie
admin-memberships-none = Aucune.
admin-membership-organisation = Organisation
admin-membership-add = Ajouter le rattachement
admin-membership-remove = Retirer { $name }
admin-notice-role-saved = Le rôle est enregistré.
admin-notice-membership-added = Le rattachement est ajouté.
admin-notice-membership-removed = Le rattachement est retiré.
admin-role-invalid = Veuillez choisir un rôle dans la liste.
admin-last-admin = C’est le dernier compte administrateur : attribuez d’abord ce rôle à une autre personne.
admin-organisation-invalid = Veuillez choisir une organisation dans la liste.
admin-membership-exists = Cette personne publie déjà pour cette organisation.
admin-outbox-title = E-mails sortants
admin-outbox-intro = Tous les e-mails envoyés par le portail passent par cette boîte d’envoi. Si SMTP_URL n’est pas défini, les messages restent ici et ne sont pas envoyés : vous pouvez les ouvrir ici (par exemple pour suivre un lien de confirmation lorsque vous essayez le portail).
admin-outbox-empty = Aucun e-mail pour l’instant.
admin-outbox-to = Destinataire
admin-outbox-subject = Objet
admin-outbox-created = Rédigé le
admin-outbox-status = Statut
admin-outbox-sent = Envoyé le { $date }
admin-outbox-pending = En attente
admin-outbox-failed = A échoué { $attempts } fois : { $error }
admin-nav-label = Administration
admin-nav-users = Utilisateurs
admin-nav-outbox = E-mails sortants

moderation-title = Modération
moderation-intro = Examinez les organisations et confirmez celles dont vous avez vérifié l’identité. La mention « Vérifiée » s’affiche alors sur leur page publique.
moderation-verify = Marquer { $name } comme vérifiée
moderation-unverify = Retirer la mention « Vérifiée » de { $name }
moderation-verified = Vérifiée
moderation-unverified = Non vérifiée
moderation-notice-saved = Enregistré.
admin-nav-jobs = Tâches de fond
admin-jobs-title = Tâches de fond
admin-jobs-intro = Le travail que le portail fait de lui-même : les e-mails des recherches enregistrées, le nettoyage, l'envoi des e-mails. Chaque tâche s'exécute une seule fois, quel que soit le nombre de serveurs. Une tâche qui échoue à répétition apparaît en premier, avec sa dernière erreur.
admin-jobs-empty = Aucune tâche de fond pour l'instant.
admin-jobs-kind = Tâche
admin-jobs-state = État
admin-jobs-next = Prochaine exécution
admin-jobs-last-error = Dernière erreur
admin-jobs-state-pending = { $attempts ->
    [0] En attente
    [one] En attente (un échec, nouvel essai prévu)
   *[other] En attente ({ $attempts } échecs, nouvel essai prévu)
}
admin-jobs-state-running = En cours
admin-jobs-state-done = Terminée
admin-jobs-state-failed = Échec { $attempts } fois, arrêtée
admin-jobs-retry = La relancer
admin-jobs-retry-invalid = Cette tâche n'est plus arrêtée sur un échec.
admin-notice-job-retried = La tâche va s'exécuter à nouveau dans quelques secondes.
