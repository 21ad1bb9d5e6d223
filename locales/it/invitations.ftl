# Inviti a pubblicare per un’organizzazione.

invitation-title = Invito a pubblicare
invitation-intro = { $organisation } invita { $email } a pubblicare le sue offerte, risorse e altri contenuti sulla Social Tech Academy.
invitation-accept = Accetta l’invito
invitation-other-address = Hai effettuato l’accesso come { $email }, ma l’invito è per { $invited }. Esci, poi accedi o crea un account con quell’indirizzo.
invitation-sign-in-first = Crea un account con questo indirizzo, oppure accedi se ne hai già uno: tornerai qui per accettare.
invitation-expired = Questo invito è scaduto. Chiedi all’amministrazione di inviartene uno nuovo.
invitation-used = Questo invito è già stato accettato.
invitation-accepted = Ora pubblichi per questa organizzazione: ecco il suo spazio partner.
invitation-wrong-address = Questo invito è per un altro indirizzo e-mail.
invitation-mail-subject = Pubblica per { $organisation } sulla Social Tech Academy
invitation-mail-body = { $inviter } ti invita a pubblicare per { $organisation } sulla Social Tech Academy. Apri questo link per accettare (lì potrai creare il tuo account):
invitation-mail-expiry = Il link funziona per { $days } giorni, una sola volta.
invitation-mail-ignore = Se non aspettavi questo invito, puoi ignorare questo messaggio.
