accounts-email-empty = Veuillez saisir votre adresse e-mail.
accounts-email-too-long = Cette adresse e-mail est trop longue.
accounts-email-invalid = Cela ne ressemble pas à une adresse e-mail. Vérifiez-la, par exemple : nom@exemple.org.
accounts-password-too-short = Votre mot de passe doit comporter au moins 10 caractères. Quelques mots mis bout à bout conviennent très bien.
accounts-password-too-long = Votre mot de passe est trop long (1 024 caractères au maximum).
accounts-password-common = Ce mot de passe fait partie des plus courants et se devine facilement. Veuillez en choisir un autre.
