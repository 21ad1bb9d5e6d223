## Writing a pathway in the partner space

partner-new-pathway = Nuovo percorso
partner-pathway-new = Nuovo percorso
partner-pathway-edit = Percorso: { $title }
partner-pathway-goal-hint = Una o due frasi: che cosa sa fare alla fine chi impara, con parole di tutti i giorni.
partner-pathway-competences-hint = Le competenze DigComp che questo percorso sviluppa, ciascuna con il livello raggiunto da chi impara (da 1 a 8). Il badge del percorso le riporta.
partner-pathway-competence-none = — nessuna —
partner-pathway-competence-n = Competenza { $n }
partner-pathway-target-level-n = Livello raggiunto ({ $n })
partner-pathway-level-n = Livello { $level }
partner-pathway-competence-at = { $code } al livello { $level }
partner-pathway-steps = Tappe
partner-pathway-steps-hint = Chi impara segue le tappe in quest’ordine. Sposta una tappa con i suoi pulsanti, oppure inserisci le nuove posizioni e salva l’ordine.
partner-pathway-no-steps-yet = Ancora nessuna tappa: aggiungi la prima qui sotto.
partner-pathway-no-steps = Salvato. Un percorso deve avere almeno una tappa prima di poter essere inviato in revisione.
partner-pathway-steps-not-ready = { $count ->
    [one] Salvato. La tappa { $steps } non è ancora completa: completala prima di inviare il percorso in revisione.
   *[other] Salvato. Le tappe { $steps } non sono ancora complete: completale prima di inviare il percorso in revisione.
}
partner-notice-pathway-created = Percorso creato come bozza. Ora aggiungi le sue tappe.
partner-step-col-position = Posizione
partner-step-col-step = Tappa
partner-step-col-actions = Azioni
partner-step-position-label = Posizione della tappa { $n }
partner-step-untitled = Tappa senza titolo
partner-step-minutes = { $minutes } min
partner-step-ready = Pronta
partner-step-unfinished = Da completare
partner-step-up = Su
partner-step-down = Giù
partner-step-remove = Rimuovi
partner-step-up-label = Su: sposta la tappa { $n } di un posto più in alto
partner-step-down-label = Giù: sposta la tappa { $n } di un posto più in basso
partner-step-remove-label = Rimuovi la tappa { $n }
partner-step-reorder = Salva l’ordine
partner-step-add-title = Aggiungi una tappa
partner-step-add = Aggiungi la tappa
partner-step-required = Obbligatoria
partner-step-optional = Facoltativa
partner-notice-step-added = Tappa aggiunta. Ora scrivine il contenuto.
partner-notice-steps-saved = L’ordine delle tappe è salvato.
partner-notice-step-removed = Tappa rimossa.
partner-notice-step-saved = Tappa salvata.

## One step
partner-step-edit = Tappa { $n } di { $total }: { $title }
partner-step-back = Torna al percorso «{ $title }»
partner-step-kind-hint = Leggere una lezione, guardare un video (con la trascrizione), esercitarsi con una lista di controllo, rispondere a un quiz o seguire un corso esterno.
partner-step-url-hint = L’indirizzo del video o del corso esterno (https://…). Facoltativo per le altre tappe.
partner-step-introduction = Introduzione
partner-step-checklist-hint = Una voce per riga: ciò che chi impara spunta man mano.
partner-step-pass-mark-hint = La percentuale di risposte giuste necessaria per superare il quiz (da 1 a 100).
partner-step-questions = Domande
partner-step-questions-hint = Ogni domanda richiede almeno due opzioni ed esattamente una risposta giusta. Lascia vuota un’opzione per escluderla.
partner-step-explanation-hint = Mostrata dopo una risposta: perché la risposta giusta è giusta.
partner-question-add = Aggiungi una domanda
partner-question-remove = Togli questa domanda al salvataggio
partner-step-save = Salva la tappa

## Problems
partner-error-minutes = Inserisci una durata tra 1 e { $max } minuti.
partner-error-pass-mark = Inserisci una soglia tra 1 e 100.
partner-error-no-questions = Un quiz richiede almeno una domanda: aggiungine una.
partner-error-two-choices = Scrivi almeno due opzioni.
partner-error-no-right-answer = Scegli la risposta giusta tra le opzioni scritte.
partner-error-steps-full = Un percorso ha al massimo { $max } tappe.
partner-error-step-past-end = Ci sono solo { $max } tappe: inserisci una posizione da 1 a { $max }.
partner-error-position = Inserisci la posizione come numero.

## Parts of a pathway, in forms, changes and history
content-field-goal = Obiettivo
content-field-step-n = Tappa { $n }
content-field-question-n = Domanda { $n }
content-field-choice-n = Opzione { $n }
content-field-content-md = Lezione
content-field-transcript-md = Trascrizione
content-field-checklist = Lista di controllo
content-field-bring-back-md = Cosa riportare
content-field-minutes = Durata in minuti
content-field-required = Obbligatoria o facoltativa
content-field-url = Indirizzo web
content-field-pass-mark = Soglia per superare il quiz (%)
content-field-prompt = Domanda
content-field-explanation = Spiegazione
content-field-label = Testo
content-field-correct = Risposta giusta

## Proposing a job profile
partner-jobs-link = Profili professionali
partner-jobs-title = Proponi un profilo professionale
partner-jobs-back = Torna all’area partner
partner-jobs-intro = I profili professionali appartengono a tutto il portale. Proponine uno nuovo, o una modifica a uno di quelli qui sotto: i moderatori esaminano la proposta, e il tuo nome compare nella cronologia del profilo.
partner-jobs-new = Proponi un nuovo profilo professionale
partner-jobs-change = Proponi una modifica a un profilo professionale
partner-job-new = Nuovo profilo professionale
partner-job-edit = Profilo professionale: { $title }
partner-job-review-note = Ciò che invii qui attende la revisione dei moderatori prima che qualcuno possa vederlo.
partner-job-summary-hint = Due o tre frasi, con parole di tutti i giorni: che cosa fa la persona e per chi.
partner-job-lines-hint = Una voce per riga.
partner-job-competences-hint = Le competenze DigComp che il lavoro richiede, ciascuna con il livello necessario (da 1 a 8).
partner-job-level-n = Livello richiesto ({ $n })
partner-job-send = Invia la proposta
partner-notice-job-proposed = Grazie: la tua proposta è ora nelle mani dei moderatori. Riceverai un’e-mail quando avranno deciso.
content-field-missions = Attività
content-field-employers = Datori di lavoro tipici
content-field-routes = Come accedere a questo lavoro
content-field-employer-kinds = Tipi di datore di lavoro
content-field-choice-feedback-n = Perché l’opzione { $n } non va
content-field-feedback = Commento
partner-step-feedback-hint = Per una risposta sbagliata: perché non è la migliore, senza svelare quella giusta. Viene mostrato a chi la sceglie; le risposte giuste e le spiegazioni arrivano una volta superato il quiz.
