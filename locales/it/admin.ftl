admin-users-title = Utenti
admin-users-intro = Tutte le persone che hanno un account. Aprire la scheda di un utente per cambiarne il ruolo o le organizzazioni per cui pubblica.
admin-users-search = Ricerca per nome o e-mail
admin-users-search-submit = Cerca
admin-users-count = { $count ->
    [one] Un utente
   *[other] { $count } utenti
}
admin-col-name = Nome
admin-col-email = E-mail
admin-col-role = Ruolo
admin-col-organisations = Organizzazioni
admin-col-verified = Confermato
admin-col-created = Creato
admin-yes = sì
admin-no = no
admin-user-title = Utente: { $name }
admin-user-back = Torna all'elenco degli utenti
admin-role-title = Ruolo
admin-role-hint = Gli editor sono studenti che pubblicano per una o più organizzazioni: aggiungere un collegamento qui sotto.
admin-role-submit = Salva il ruolo
admin-memberships-title = Organizzazioni per cui pubblica questo utente
admin-memberships-none = Nessuna.
admin-membership-organisation = Organizzazione
admin-membership-add = Aggiungi il collegamento
admin-membership-remove = Rimuovi { $name }
admin-notice-role-saved = Il ruolo è stato salvato.
admin-notice-membership-added = Il collegamento è stato aggiunto.
admin-notice-membership-removed = Il collegamento è stato rimosso.
admin-role-invalid = Scegliere un ruolo dall'elenco.
admin-last-admin = Questo è l'ultimo amministratore: assegnare prima il ruolo di amministratore a un'altra persona.
admin-organisation-invalid = Scegliere un'organizzazione dall'elenco.
admin-membership-exists = Questo utente pubblica già per questa organizzazione.
admin-outbox-title = Posta in uscita
admin-outbox-intro = Tutte le e-mail inviate dal portale passano da questa casella di posta in uscita. Se SMTP_URL non è impostato, i messaggi restano qui e non vengono inviati: è possibile aprirli qui (ad esempio per seguire un link di conferma durante una prova del portale).
admin-outbox-empty = Ancora nessuna e-mail.
admin-outbox-to = Destinatario
admin-outbox-subject = Oggetto
admin-outbox-created = Creata
admin-outbox-status = Stato
admin-outbox-sent = Inviata: { $date }
admin-outbox-pending = In attesa
admin-outbox-failed = Tentativi falliti: { $attempts }. Errore: { $error }
admin-nav-label = Amministrazione
admin-nav-users = Utenti
admin-nav-outbox = Posta in uscita

moderation-title = Moderazione
moderation-intro = Controllare le organizzazioni e confermare quelle di cui è stata verificata l'identità. Il contrassegno «verificata» compare sulla loro pagina pubblica.
moderation-verify = Segna { $name } come verificata
moderation-unverify = Rimuovi il contrassegno «verificata» da { $name }
moderation-verified = Verificata
moderation-unverified = Non verificata
moderation-notice-saved = Salvato.
admin-nav-jobs = Attività in background
admin-jobs-title = Attività in background
admin-jobs-intro = Il lavoro che il portale svolge da solo: le e-mail delle ricerche salvate, la pulizia, l'invio delle e-mail. Ogni attività viene eseguita una sola volta, qualunque sia il numero di server. Un'attività che continua a fallire compare per prima, con il suo ultimo errore.
admin-jobs-empty = Ancora nessuna attività in background.
admin-jobs-kind = Attività
admin-jobs-state = Stato
admin-jobs-next = Prossima esecuzione
admin-jobs-last-error = Ultimo errore
admin-jobs-state-pending = { $attempts ->
    [0] In attesa
    [one] In attesa (fallita una volta, verrà ritentata)
   *[other] In attesa (fallita { $attempts } volte, verrà ritentata)
}
admin-jobs-state-running = In corso
admin-jobs-state-done = Completata
admin-jobs-state-failed = Fallita { $attempts } volte, fermata
admin-jobs-retry = Eseguirla di nuovo
admin-jobs-retry-invalid = Questa attività non è più ferma per un errore.
admin-notice-job-retried = L'attività verrà eseguita di nuovo tra pochi secondi.
