# L'autovalutazione DigComp, il profilo di competenze, il riquadro su ciò che manca e i suggerimenti.

nav-assessment = A che punto sono
home-assessment-text = Poche domande semplici su ciò che si sa fare con gli strumenti digitali, per scoprire quali lavori e offerte sono più adatti e cosa imparare dopo.
param-fit = corrisponde al mio profilo

assessment-title = A che punto sono? Un'autovalutazione delle competenze digitali
assessment-intro = Per ogni competenza, leggere cosa sanno fare le persone a ogni livello e scegliere quello che più si avvicina alla propria esperienza. Non ci sono risposte sbagliate e si possono cambiare in qualsiasi momento. In caso di dubbio, scegliere «Non lo so».
assessment-framework = Livelli secondo { $framework }.
assessment-how = Leggere le quattro brevi descrizioni, poi scegliere il livello più vicino a ciò che si fa oggi.
assessment-progress-label = Avanzamento dell'autovalutazione
assessment-progress = Area { $n } di { $total }
assessment-answered = Competenze con risposta: { $answered } su { $total }
assessment-area-n = Area { $n }
assessment-level = Livello { $n }
assessment-level-band = Livello { $n } ({ $band })
assessment-level-none = Ancora nessun livello
assessment-unknown = Non lo so
assessment-next = Salva e continua
assessment-finish = Salva e vedi il mio profilo
assessment-back = Salva e torna indietro
assessment-see-profile = Vedi il mio profilo di competenze fin qui
assessment-notice-saved = Le risposte sono state salvate.
assessment-replaced-notice = Alcune risposte date in precedenza si riferivano a una versione precedente del quadro di riferimento. Serve una nuova risposta: ora i livelli potrebbero avere un significato diverso.
assessment-error-level = Scegliere un livello da { $min } a { $max }, oppure «Non lo so».
assessment-error-unknown-competence = Il modulo indicava una competenza che non fa parte di quest'area ({ $code }). Non è stato salvato nulla: controllare le risposte e inviarle di nuovo.
assessment-error-replaced = Durante la compilazione il quadro di riferimento è stato aggiornato a { $framework }. Non è stato salvato nulla: confrontare le risposte con le nuove descrizioni e inviarle di nuovo.
assessment-start = Inizia l'autovalutazione

assessment-profile-title = Il mio profilo di competenze
assessment-profile-intro = Il livello in ogni competenza digitale e da dove proviene: dalla propria risposta o da un badge ottenuto.
assessment-profile-empty = Non c'è ancora un profilo di competenze. L'autovalutazione richiede circa 15 minuti, funziona senza account e si può interrompere e riprendere in qualsiasi momento.
assessment-profile-table = I livelli, competenza per competenza
assessment-col-competence = Competenza
assessment-col-level = Livello
assessment-col-source = Da dove proviene
assessment-source-self = Risposta personale, { $date }
assessment-source-unknown = Risposta «Non lo so», { $date }
assessment-source-badge = Attestato dal badge:
assessment-source-none = Ancora nessuna risposta
assessment-results-link = Vedi lavori, offerte e percorsi su misura
assessment-change = Modifica le mie risposte
assessment-download = Scarica il mio profilo (JSON)
assessment-print-hint = Per conservarne una copia su carta, stampare questa pagina: menu e pulsanti non vengono stampati.
assessment-chart-title = I miei livelli per competenza
assessment-chart-desc = Una barra per competenza, lunga quanto il livello, da 0 a { $top }. Competenze con un livello: { $answered } su { $total }; un segno di spunta indica un livello attestato da un badge. La tabella qui sotto riporta gli stessi dati.
assessment-chart-caption = Ogni barra è una competenza (a sinistra il suo numero DigComp); la sua lunghezza indica il livello. ✓ = attestato da un badge ottenuto.

assessment-gap-title = Cosa c'è già e cosa servirebbe
assessment-gap-invitation = Quali di queste competenze si hanno già, e cosa imparare per arrivarci? Per scoprirlo basta fare l'autovalutazione: richiede circa 15 minuti e non serve un account.
assessment-gap-summary = { $total ->
    [one] Competenza richiesta già posseduta: { $meets } su { $total }.
   *[other] Competenze richieste già possedute: { $meets } su { $total }.
}
assessment-gap-met-label = Già acquisita:
assessment-gap-open-label = Da imparare:
assessment-gap-meets = Per { $code } è richiesto il livello { $required }; livello attuale: { $held }.
assessment-gap-meets-attested = Per { $code } è richiesto il livello { $required }; il badge attesta il livello { $held }.
assessment-gap-lacks = Per { $code } è richiesto il livello { $required }; livello attuale: { $held }, { $by ->
    [one] manca solo un livello.
   *[other] mancano { $by } livelli.
}
assessment-gap-unknown = Per { $code } è richiesto il livello { $required }; la risposta data è «Non lo so».
assessment-gap-missing = Per { $code } è richiesto il livello { $required }; questa competenza non è ancora nel profilo.
assessment-gap-pathway = Percorso
assessment-gap-pathway-reaches = porta al livello { $level } in { $duration }.
assessment-gap-webinar = Webinar
assessment-gap-nothing-yet = Ancora nessun percorso o webinar su questa competenza.
assessment-gap-profile-link = Vedi tutto il mio profilo di competenze
assessment-minutes = { $n ->
    [one] un minuto
   *[other] { $n } minuti
}
assessment-hours = { $n ->
    [one] un'ora
   *[other] { $shown } ore
}

assessment-results-title = Lavori, offerte e percorsi su misura
assessment-results-intro = In base al profilo di competenze. Cambiando le risposte o ottenendo nuovi badge, anche questi suggerimenti cambiano.
assessment-results-how = Come sono ordinati: prima in base alla quota di competenze già possedute, poi in base ai livelli ancora da raggiungere (meno sono, prima compaiono), infine secondo un ordine fisso, così che lo stesso profilo dia sempre lo stesso elenco.
assessment-results-empty = Per ricevere suggerimenti serve un profilo di competenze. Per prima cosa, fare l'autovalutazione: richiede circa 15 minuti e non serve un account.
assessment-results-jobs = I profili professionali più vicini al proprio
assessment-results-job-why = { $total ->
    [one] Competenza richiesta da questo lavoro già posseduta: { $meets } su { $total }
   *[other] Competenze richieste da questo lavoro già possedute: { $meets } su { $total }
}{ $short ->
    [0] .
    [one] ; per le altre manca solo un livello.
   *[other] ; per le altre mancano { $short } livelli.
}
assessment-results-none = Nessun profilo professionale elenca ancora competenze da confrontare.
assessment-results-offers = Offerte aperte già alla propria portata
assessment-results-filter-label = Filtra le offerte alla propria portata
assessment-results-filter = Mostra queste offerte
assessment-results-offers-count = { $count ->
    [0] Ancora nessuna offerta aperta richiede solo competenze già possedute.
    [one] Un'offerta aperta richiede solo competenze già possedute.
   *[other] { $count } offerte aperte richiedono solo competenze già possedute.
}
assessment-results-offer-why = { $total ->
    [one] Richiede { $total } competenza, già posseduta.
   *[other] Richiede { $total } competenze, tutte già possedute.
}
assessment-results-no-offer = Provare con meno filtri, oppure guardare i percorsi qui sotto per arrivare alle prossime offerte.
assessment-results-offers-search = Cerca tra tutte le offerte, prima le più adatte
assessment-results-pathways = I percorsi che aggiungono di più in rapporto al tempo
assessment-results-pathway-why = { $gain ->
    [one] Aggiunge un livello al profilo in { $duration }.
   *[other] Aggiunge { $gain } livelli al profilo in { $duration }.
}
assessment-results-no-pathway = Ancora nessun percorso aggiunge qualcosa al profilo: ciò che insegnano è già acquisito.

offers-filter-fit = Competenze
offers-filter-fit-mine = Solo le offerte che corrispondono al mio profilo di competenze
offers-sort-fit = Più adatte al mio profilo
offers-fit-invitation = Fare l'autovalutazione per trovare le offerte adatte alle proprie competenze
