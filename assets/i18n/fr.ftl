# Pillars, français : chaque phrase affichée par l'application. Les identifiants sont groupés par écran.
# Traduction : gardez les identifiants et les { $variables } ; voir le README, « Languages ».
-language-name = Français
-app = Pillars

## Le cadre de chaque écran
skip-to-content = Aller au contenu
nav-main = Principal
nav-home = { -app }
nav-assess = M'évaluer
nav-results = Résultats
nav-history = Historique
nav-library = Bibliothèque
nav-data = Vos données
footer-privacy = { -app } garde tout dans ce navigateur. Rien ne quitte votre appareil, sauf si vous le partagez.
language-label = Langue

## Titres des écrans et des onglets
heading-home = Les sept piliers du leadership numérique
heading-assess = Faites votre autoévaluation
heading-results = Vos résultats
heading-history = Votre historique
heading-library = Bibliothèque de ressources
heading-shared = Un résultat partagé
heading-collection = Collection partagée
heading-data = Vos données
heading-not-found = Page introuvable
title-home = { -app } : autoévaluation du leadership numérique
title-screen = { $screen } · { -app }

## Un écran dont le code n'est pas encore arrivé
loading = Chargement…
loading-failed = Cet écran n'a pas pu être chargé : les fichiers de l'application ne sont pas arrivés. Vérifiez la connexion, puis réessayez.
try-again = Réessayer

## Bandeaux
synced-other-tab = Mis à jour avec les modifications faites dans un autre onglet.
update-available = Une nouvelle version de { -app } est disponible. Vos réponses sont enregistrées.
update-reload = Recharger pour mettre à jour

## Page introuvable
not-found-text = Il n'y a rien à cette adresse. Si quelqu'un vous a envoyé un lien, il est peut-être incomplet.
not-found-home = Aller à la page d'accueil

## Accueil
home-lead = { -app } aide les leaders des écoles et des systèmes scolaires, le personnel enseignant et toute personne qui dirige l'apprentissage à situer leur pratique sur les sept piliers du leadership numérique, à trouver des ressources adaptées et à planifier leurs prochaines étapes.
home-more-than-sharing = Le leadership numérique ne se limite pas à partager en ligne : il s'agit de se servir de ses réseaux pour changer ce que les élèves et le personnel font chaque jour, de bâtir avec d'autres et de faire grandir le leadership des personnes de son entourage.
home-start = Commencer l'autoévaluation
home-resume = Reprendre l'autoévaluation
home-see-results = Voir vos résultats
home-browse-library = Parcourir la bibliothèque
home-complete = Votre dernière autoévaluation est terminée.
home-answered = { $answered ->
    [one] Vous avez répondu à { $answered } énoncé sur { $total }.
   *[other] Vous avez répondu à { $answered } énoncés sur { $total }.
}
home-how-long = { $total } énoncés courts répartis sur sept piliers ; de 15 à 25 minutes environ. Vous pouvez vous arrêter à tout moment et revenir plus tard.
home-pillars = Les sept piliers
home-data-stays = Vos données restent chez vous
home-no-server = Il n'y a ni compte ni serveur. Vos réponses sont conservées dans ce navigateur seulement, et rien ne quitte votre appareil à moins que vous ne partagiez un lien ou ne téléchargiez un fichier. Une fois chargé, { -app } fonctionne aussi hors ligne.

## L'autoévaluation
assess-pillars = Piliers
assess-intro = Pour chaque énoncé, choisissez le niveau qui décrit le mieux ce que vous faites aujourd'hui, et non ce que vous prévoyez de faire. Chaque réponse est enregistrée dans ce navigateur dès que vous la donnez : vous pouvez vous arrêter à tout moment et revenir plus tard.
assess-pillar-complete = , terminé
assess-overall-progress = Progression globale
assess-pillar-progress = Progression du pilier { $pillar }
assess-pillar-heading = Pilier { $number } sur { $count } : { $name }
assess-next = Suivant : { $pillar } →
assess-complete-saved = Cette autoévaluation est terminée et enregistrée dans votre historique. Modifier une réponse en commence une nouvelle à partir de ces réponses ; celle-ci reste telle quelle dans votre historique.
assess-all-answered = Vous avez répondu à tous les énoncés.
assess-complete = Terminer l'autoévaluation et voir les résultats
assess-answered-so-far = { $answered ->
    [0] Aucun énoncé sur { $total } n'a encore de réponse.
    [one] { $answered } énoncé sur { $total } a une réponse.
   *[other] { $answered } énoncés sur { $total } ont une réponse.
} Vous pouvez vous arrêter à tout moment : chaque réponse est enregistrée dans ce navigateur.
assess-next-gap = Aller au prochain pilier sans réponse : { $pillar }
progress-answered = { $label } : { $answered } sur { $total } avec réponse
levels-meaning = Ce que signifient les niveaux
not-applicable = Sans objet
not-applicable-meaning = Cela ne s'applique pas à votre rôle ; cet énoncé n'entre pas dans vos résultats.
to-level-up = Pour progresser :
answering-as = Qui répond ?
answering-as-leader = Je dirige une école ou un système (direction, direction adjointe, surintendance, direction générale)
answering-as-teacher = J'enseigne ou j'accompagne l'apprentissage (enseignante ou enseignant, conseillère ou conseiller pédagogique, bibliothécaire)
answering-as-why = Dites-le une fois, et les énoncés qui supposent un rôle de direction d'école seront formulés pour le vôtre. Vous pouvez le changer ici en tout temps.
answering-as-leader-note = Les énoncés sont formulés pour une direction d'école ou de système. Vous pouvez changer ce choix ici en tout temps.
answering-as-teacher-note = { $count ->
    [0] Les énoncés portant sur le budget, le personnel, les partenaires et l'image de marque d'une école sont formulés pour votre classe et votre équipe. Vous pouvez changer ce choix ici en tout temps.
    [one] Les énoncés portant sur le budget, le personnel, les partenaires et l'image de marque d'une école sont formulés pour votre classe et votre équipe ; { $count } énoncé réservé à la direction d'école est laissé de côté. Vous pouvez changer ce choix ici en tout temps.
   *[other] Les énoncés portant sur le budget, le personnel, les partenaires et l'image de marque d'une école sont formulés pour votre classe et votre équipe ; { $count } énoncés réservés à la direction d'école sont laissés de côté. Vous pouvez changer ce choix ici en tout temps.
}
assess-not-asked = { $count ->
    [one] { $count } énoncé de ce pilier est réservé à la direction d'école et n'est pas posé.
   *[other] { $count } énoncés de ce pilier sont réservés à la direction d'école et ne sont pas posés.
}
start-over = Recommencer
start-over-question = Recommencer avec une autoévaluation vierge ? Les réponses d'une autoévaluation non terminée sont conservées et peuvent être récupérées jusqu'à ce que vous terminiez la nouvelle ; les autoévaluations terminées restent dans votre historique.
start-over-yes = Oui, recommencer
start-over-kept = Vous avez recommencé le { $date }. Vos réponses précédentes ({ $count } au total) sont conservées jusqu'à ce que vous terminiez cette autoévaluation.
start-over-restore = Récupérer mes réponses précédentes
cancel = Annuler

## Vos données : les conserver
keep-heading = Conserver vos données
keep-granted = Ce navigateur s'est engagé à conserver vos données { -app }, même si l'espace vient à manquer.
keep-not-granted = Ce navigateur ne s'est pas engagé à conserver vos données { -app } : il peut les effacer si l'espace vient à manquer, et Safari les efface après sept jours sans visite si { -app } n'est pas sur l'écran d'accueil. Téléchargez vos données de temps en temps, ou gardez le lien vers votre résultat.
keep-unknown = Ce navigateur n'indique pas s'il conservera vos données { -app }. Téléchargez vos données de temps en temps, ou gardez le lien vers votre résultat.
keep-ask = Demander à ce navigateur de conserver mes données

## Résultats
results-empty = Vous n'avez encore répondu à aucun énoncé. Vos résultats s'afficheront ici dès que vous commencerez.
results-completed-on = Terminée le { $date }.
results-in-progress = En cours, commencée le { $date }.
results-incomplete = Cette autoévaluation est incomplète : { $answered ->
    [0] Aucun énoncé sur { $total } n'a encore de réponse.
    [one] { $answered } énoncé sur { $total } a une réponse.
   *[other] { $answered } énoncés sur { $total } ont une réponse.
} Les piliers sans réponse sont indiqués comme non évalués, et non comme valant zéro.
results-continue = Poursuivre l'autoévaluation
results-summary = En bref
results-by-pillar = Par pilier
results-you = Vous
results-previous = Précédente ({ $date })
results-caption = Vos résultats par pilier (niveau moyen des énoncés avec réponse, sans les « Sans objet »)
results-targets = Cibles
results-targets-intro = Choisissez le niveau que vous visez pour chaque pilier. Les cibles apparaissent sur le graphique, et l'écart dans le tableau.
results-target-for = Cible pour { $pillar }
results-no-target = Aucune cible
results-every-answer = Toutes les réponses
results-recommended = Ressources recommandées
results-recommended-intro = Tirées de la bibliothèque, pour les piliers où la marge de progression est la plus grande.
results-share = Partager ce résultat
results-print = Imprimer ou enregistrer en PDF
results-change = Modifier mes réponses
summary-overall = Dans l'ensemble :
summary-not-scored = Pas encore évalué
summary-strongest-yours = Vos piliers les plus forts
summary-strongest-theirs = Ses piliers les plus forts
summary-strongest-named = Les piliers les plus forts selon { $name }
summary-room-to-grow = La plus grande marge de progression
summary-below-target = — { $gap } sous la cible
summary-to-lead = Pour amener les autres à le faire :
summary-all-level = Tous les piliers sont à { $score } ({ $level }) : aucun ne se détache comme le plus fort ni comme celui qui a la plus grande marge de progression.
summary-all-level-target = Fixez une cible pour un pilier ci-dessous pour dire où vous voulez progresser.

## Graphique et tableau des résultats
chart-title = Graphique en radar : { $label }, par pilier ; le tableau donne les mêmes valeurs.
chart-title-compare = Graphique en radar : { $label }, par pilier, comparé à { $other } ; le tableau donne les mêmes valeurs.
table-pillar = Pilier
table-level = Niveau
table-change = Évolution
table-difference = Écart avec vous
table-target = Cible
table-targets = Cibles
table-gap = Écart à la cible
table-not-scored = Non évalué
table-incomplete = (incomplet : { $answered } sur { $total })
table-to-go = Encore { $gap }
table-reached = Atteinte
table-overall = Dans l'ensemble
shared-you-latest = Vous (la plus récente)
shared-caption = Résultats par pilier, selon { $name }

## Partager un résultat
share-intro = Le lien contient votre résultat après le signe #, que les navigateurs n'envoient jamais à aucun serveur. La personne qui l'ouvre voit le même graphique et le même tableau ; rien n'est conservé ailleurs que dans vos deux navigateurs.
share-name = Nom affiché avec le résultat (facultatif)
share-link = Lien de partage
share-copy = Copier le lien
share-copied = Lien copié.
share-not-copied = La copie n'a pas fonctionné : sélectionnez le lien ci-dessus et copiez-le.
share-scan = Ou scannez ce code avec un téléphone ou l'ordinateur de l'animatrice ou de l'animateur :
share-qr = Code QR du lien de partage

## Un résultat partagé
shared-cannot-open = Ce lien de résultat ne peut pas être ouvert
shared-nothing-changed = Rien n'a été enregistré ni modifié dans ce navigateur.
shared-someone = une personne
shared-result = Résultat partagé
shared-heading = Résultat partagé par { $name }
shared-read-only = Voici le résultat partagé par { $name }, daté du { $date }, en lecture seule. Ce n'est pas le vôtre et il n'est pas ajouté à votre historique.
shared-incomplete = Incomplet : { $answered ->
    [0] Aucun énoncé sur { $total } n'a encore de réponse.
    [one] { $answered } énoncé sur { $total } a une réponse.
   *[other] { $answered } énoncés sur { $total } ont une réponse.
}
shared-saved = Enregistré dans « Résultats partagés avec vous » (sur l'écran Historique).
shared-save = Enregistrer dans les résultats partagés avec moi
shared-compare = Comparer avec mon résultat le plus récent

## Historique
history-empty = Quand vous terminez une autoévaluation, elle est conservée ici avec sa date : vous pourrez revenir au prochain trimestre et voir votre progression.
history-go-assess = Aller à l'autoévaluation
history-count = { $count ->
    [one] { $count } autoévaluation terminée
   *[other] { $count } autoévaluations terminées
}
history-completed = Terminée le
history-actions = Actions
history-delete = Supprimer { $label }
history-delete-yes = Oui, supprimer { $label }
history-delete-short = Supprimer
history-delete-yes-short = Oui, supprimer
keep-it = La garder
history-compare = Comparer deux autoévaluations
history-earlier = La plus ancienne
history-later = La plus récente
history-change-caption = Évolution par pilier, le { $to } par rapport au { $from }
history-same = Les deux listes désignent la même autoévaluation : choisissez-en une autre dans l'une des deux pour voir l'évolution.
history-one = Votre autoévaluation terminée
history-scores-caption = Résultats par pilier
history-complete-another = Faites une autre autoévaluation plus tard (par exemple au prochain trimestre) pour comparer les deux ici.
history-shared = Résultats partagés avec vous
history-shared-empty = Quand quelqu'un vous envoie un lien de résultat, vous pouvez l'enregistrer ici. Il n'est jamais mêlé à votre propre historique.
history-someone = Une personne
history-someone-inline = une personne
history-remove = Retirer
history-remove-label = Retirer le résultat du { $date } partagé par { $name }
history-remove-yes = Oui, retirer le résultat du { $date } partagé par { $name }
history-remove-yes-short = Oui, retirer
history-removed = Le résultat du { $date } partagé par { $name } est retiré.

## La bibliothèque
library-intro = Des articles, des cours, des livres et des communautés pour chaque pilier, choisis pour les leaders scolaires. Ajoutez un signet à ce que vous voulez lire, marquez ce que vous avez fait et prenez des notes privées : tout reste dans ce navigateur.
library-add = Ajouter une ressource
library-to-collections = Partager ou importer une collection
library-find = Trouver des ressources
library-edit = Modifier « { $title } »
library-count = { $count ->
    [0] Aucune ressource trouvée
    [one] 1 ressource
   *[other] { $count } ressources
}
library-search = Chercher dans la bibliothèque
library-search-hint = Les résultats se mettent à jour pendant la saisie ; les petites fautes de frappe sont tolérées.
library-all-pillars = Tous les piliers
library-kind = Type
library-all-kinds = Tous les types
library-bookmarked-only = Signets seulement
library-clear = Effacer la recherche et les filtres
library-no-bookmarks = Vous n'avez encore ajouté aucun signet. Utilisez le bouton Signet d'une ressource pour la garder ici.
matches-none = Aucun résultat
matches-query = pour « { $query } »
matches-pillar = dans { $pillar }
matches-kind = parmi les { $kinds }
matches-bookmarks = dans vos signets
matches-advice = Vérifiez l'orthographe, essayez moins de mots ou d'autres mots, ou effacez les filtres.
kind-article = Article
kind-course = Cours
kind-book = Livre
kind-video = Vidéo
kind-podcast = Balado
kind-community = Communauté
kind-standard = Norme
kind-report = Rapport
kinds-article = articles
kinds-course = cours
kinds-book = livres
kinds-video = vidéos
kinds-podcast = balados
kinds-community = communautés
kinds-standard = normes
kinds-report = rapports

## Une fiche de ressource
time-minutes = Environ { $minutes } min
time-hours = Environ { $hours } h
time-hours-half = Environ { $hours } h 30
card-bookmark = Signet
card-bookmark-label = Signet : { $title }
card-done = Marquer comme fait
card-done-label = Marquer comme fait : { $title }
card-is-done = Fait
card-add-note = Ajouter une note
card-add-note-label = Ajouter une note sur { $title }
card-edit = Modifier
card-edit-label = Modifier { $title }
card-delete = Supprimer
card-delete-label = Supprimer { $title }
card-delete-question-label = Supprimer { $title } ?
card-delete-question = Supprimer « { $title } » ? Votre signet et votre note sur cette ressource disparaîtront aussi. Cette action est irréversible.
card-delete-yes = Oui, supprimer
card-pillars = Piliers : { $pillars }
card-added-by-you = Ajoutée par vous
card-from = Provenance : { $source }
card-tags = Mots-clés :
card-open = Ouvrir
card-open-label = Ouvrir { $title }
card-search = Chercher ce titre sur le Web
card-search-label = Chercher { $title } sur le Web
card-note = Votre note
card-note-on = sur { $title }
card-note-hint = Privée : elle reste dans ce navigateur. Enregistrée pendant la saisie.

## Vos données
data-intro = Tout ce que { -app } sait de vous est conservé dans ce navigateur seulement. Transférez-le dans un autre navigateur avec un fichier, ou supprimez-le.
data-export = Exporter
data-export-holds = Le fichier contient tout ce que { -app } conserve dans ce navigateur :
data-export-empty = { -app } ne conserve encore rien dans ce navigateur : dès que vous répondez, planifiez ou rassemblez des ressources, tout va dans ce seul fichier.
data-download-json = Télécharger toutes mes données (JSON)
data-download-csv = Télécharger mes résultats de tout l'historique (CSV)
data-csv-hint = Le fichier CSV a une ligne par autoévaluation terminée et une colonne par pilier, pour un tableur.
data-csv-later = Il sera disponible quand vous aurez terminé une autoévaluation.
data-import = Importer
data-import-file = Fichier d'exportation de Pillars
data-import-hint = Rien ne change avant votre confirmation.
data-import-unchanged = Rien n'a été modifié.
data-import-question = Importer ce fichier ?
data-import-nothing = Ce fichier ne contient rien qui ne soit déjà ici.
data-import-left-out = Une partie de ce fichier est endommagée : { $count ->
        [one] un élément (une évaluation, un résultat partagé, une ressource…) ne peut pas être lu et est laissé de côté.
       *[other] { $count } éléments (évaluations, résultats partagés, ressources…) ne peuvent pas être lus et sont laissés de côté.
    }
data-import-adds = Il ajoutera :
data-import-replaces = Il remplacera :
data-import-keeps = Il gardera ce qui est plus récent ici :
data-import-button = Importer
data-imported = Importé. Ce que contenait le fichier est maintenant ici : vos résultats et votre historique, votre plan, votre bibliothèque et vos tableaux d'atelier.
data-imported-unsaved = Importé dans cet onglet, mais ce navigateur ne l'a pas enregistré : gardez l'onglet ouvert et téléchargez vos données.
data-rescued = Données illisibles
data-rescued-text = Des données antérieures de ce navigateur étaient endommagées et ont été mises de côté. Téléchargez-les pour les garder, ou pour demander de l'aide afin de les récupérer.
data-rescued-download = Télécharger les données illisibles
data-delete = Supprimer
data-delete-question = Supprimer tout ce que { -app } conserve dans ce navigateur ?
data-delete-warning = Vos réponses, votre historique, vos cibles, votre plan, les résultats partagés, vos notes de bibliothèque et vos tableaux d'atelier seront effacés. Téléchargez d'abord vos données si vous pensez en avoir encore besoin (le fichier contient aussi vos tableaux).
data-delete-yes = Oui, supprimer toutes mes données
data-delete-all = Supprimer toutes mes données
data-deleted = Toutes vos données { -app } ont été supprimées de ce navigateur.

## Problèmes : stockage
err-storage-unavailable = Ce navigateur ne permet pas à { -app } de conserver des données (les données des sites sont peut-être bloquées, ou il s'agit d'une fenêtre de navigation privée) : rien ne sera enregistré après la fermeture de cet onglet. Vos réponses restent disponibles tant qu'il est ouvert ; téléchargez-les depuis Vos données avant de partir.
err-storage-damaged = Vos réponses enregistrées n'ont pas pu être lues (les données conservées sont endommagées). Une copie a été mise de côté et vous pouvez la télécharger depuis Vos données ; vous repartez de zéro.
err-storage-damaged-not-kept = Vos réponses enregistrées n'ont pas pu être lues (les données conservées sont endommagées), et il n'y avait pas assez d'espace pour en mettre une copie de côté. Pour que cette seule copie ne soit pas écrasée, rien de ce que vous modifiez n'est enregistré pour l'instant : téléchargez-la depuis Vos données.
done-not-saved = Ce n'est pour l'instant que dans cet onglet : le navigateur ne l'a pas enregistré (voir le message en haut).
err-storage-partly-read = Une partie de vos données enregistrées était endommagée : { $count ->
        [one] un élément n'a pas pu être lu et est laissé de côté
       *[other] { $count } éléments n'ont pas pu être lus et sont laissés de côté
    } (une évaluation, un résultat partagé, une ressource…) ; le reste est ici. Une copie telle qu'elle était a été mise de côté : vous pouvez la télécharger depuis Vos données.
err-storage-full = L'espace de stockage de ce navigateur pour ce site est plein : vos dernières modifications ne sont pas enregistrées. Téléchargez vos données depuis Vos données, puis libérez de l'espace.
err-storage-not-saved = Vos dernières modifications n'ont pas pu être enregistrées dans ce navigateur. Gardez cet onglet ouvert et téléchargez vos données depuis Vos données.
err-storage-not-deleted = Certaines données n'ont pas pu être supprimées de ce navigateur. Rechargez la page et réessayez.

## Problèmes : adresses web et ressources
err-url-not-web = Seules les adresses web commençant par http:// ou https:// peuvent être ajoutées.
err-url-no-host = Cette adresse web n'a pas de nom de site après http:// ou https://.
err-url-bad-host = Le nom de site de cette adresse web n'est pas valide.
err-url-spaces = Une adresse web ne peut pas contenir d'espaces ni de caractères invisibles.
err-url-characters = Cette adresse web contient des caractères non autorisés, comme des guillemets, des chevrons ou des barres obliques inversées.
err-url-credentials = Les adresses web qui contiennent un nom d'utilisateur ou un mot de passe ne peuvent pas être ajoutées.
err-url-too-long = Cette adresse web est trop longue (la limite est de 2 000 caractères).
err-unknown-kind = « { $kind } » n'est pas un type de ressource connu (types attendus : { $expected }).
field-id = identifiant
field-title = titre
field-author = auteur
field-kind = type de ressource
field-pillars = piliers
field-description = description
field-minutes = durée en minutes
field-url = adresse web
field-tags = mots-clés
field-source = source
field-collection-name = nom
field-curator = responsable
err-field-missing = Champ manquant : { $field }.
err-bad-id = L'identifiant est trop long ou contient des caractères invisibles.
err-field-too-long = Champ trop long : { $field } (la limite est de { $max } caractères).
err-field-not-text = Ce champ devrait être du texte : { $field }.
err-tags-not-list = Les mots-clés devraient être une liste de mots.
err-pillars-not-list = Les piliers devraient être une liste d'identifiants de piliers.
err-bad-minutes = La durée en minutes devrait être un nombre entier.
err-no-pillar = Elle n'est associée à aucun pilier.
err-unknown-pillar = « { $pillar } » ne fait pas partie des sept piliers (piliers attendus : { $expected }).
err-duplicate-pillar = Le pilier « { $pillar } » figure deux fois.
err-too-many-tags = Elle a trop de mots-clés (la limite est de { $max }).
err-empty-tag = Un des mots-clés est vide.
err-tag-too-long = Un mot-clé est trop long (la limite est de { $max } caractères).
err-not-an-object = Elle n'a pas la forme attendue.
err-unexpected-field = Elle contient un champ inattendu : « { $field } ».
err-draft-no-title = Donnez un titre à la ressource.
err-draft-no-pillar = Choisissez au moins un pilier visé par cette ressource.
err-draft-minutes = Indiquez la durée en nombre entier de minutes (par exemple 30), ou laissez le champ vide.

## Problèmes : collections
err-collection-too-large = Ce fichier est trop volumineux pour être une collection { -app } (la limite est de 2 Mo).
err-collection-not-json = Ce fichier ne peut pas être lu : ce n'est pas du JSON valide, donc ce n'est pas une collection { -app }.
err-not-a-collection = Ce n'est pas une collection { -app }.
err-collection-newer = Cette collection a été créée avec une version plus récente de { -app }. Rechargez l'application pour la mettre à jour, puis réessayez.
err-collection-bad-version = Cette collection est endommagée : son numéro de version est absent ou non valide.
err-collection-unexpected-field = Ce fichier de collection contient un champ inattendu : « { $field } ».
err-collection-too-long = Champ de la collection trop long : { $field } (la limite est de 200 caractères).
err-collection-not-text = Cette collection est endommagée : le champ { $field } n'est pas du texte.
err-collection-no-resources = Cette collection est endommagée : elle n'a pas de liste de ressources.
err-collection-too-many = Cette collection compte { $count } ressources ; la limite est de { $max }.
err-collection-resource-named = Ressource { $number } (« { $title } ») : { $why }
err-collection-resource = Ressource { $number } : { $why }
err-collection-duplicate-id = Deux ressources de cette collection ont le même identifiant (« { $id } »).
err-collection-empty-link = Ce lien ne contient pas de collection.
err-collection-link-too-long = Ce lien est trop long pour être un lien de collection { -app }.
err-collection-damaged-link = Ce lien de collection est incomplet ou endommagé. Vérifiez que le lien a été copié en entier, ou demandez-le de nouveau.
err-collection-unknown-entry = La ressource { $number } renvoie à une entrée de la bibliothèque (« { $id } ») que cette version de { -app } ne connaît pas. Rechargez l'application pour la mettre à jour, puis réessayez.

## Problèmes : fichiers d'exportation
err-import-too-large = Ce fichier est trop volumineux pour être une exportation { -app } (plus de 5 Mo).
err-import-not-json = Ce fichier n'est pas une exportation { -app } : ce n'est pas du JSON valide. Choisissez le fichier .json que { -app } a téléchargé.
err-import-not-export = Ce fichier n'est pas une exportation { -app } (il n'indique pas provenir de { -app }).
err-import-is-collection = C'est une collection de ressources, pas une exportation complète. Importez-la depuis l'écran Bibliothèque.
err-import-newer = Ce fichier a été créé par une version plus récente de { -app }. Rechargez l'application pour la mettre à jour, puis réessayez.
err-import-unknown-format = Cette version de { -app } ne sait pas lire le format de cette exportation.
err-import-damaged = Cette exportation { -app } est endommagée et ne peut pas être lue (ligne { $line }, colonne { $column }).

## Problèmes : liens de résultat
err-link-empty = Il n'y a pas de lien de résultat ici. Collez le lien de partage reçu en entier (ou le code qui suit « /r/ »), puis réessayez.
err-link-not-a-code = Ce n'est pas un lien de résultat : il contient des caractères qu'un lien de résultat { -app } n'a jamais. Vérifiez que vous avez collé le bon lien, ou demandez à la personne qui vous l'a envoyé de le copier de nouveau.
err-link-truncated = Ce lien est incomplet : une partie semble avoir été coupée. Demandez à la personne qui vous l'a envoyé de copier de nouveau le lien en entier.
err-link-damaged = Ce lien est endommagé : une partie a été modifiée ou coupée en chemin, et le résultat ne peut pas s'afficher. Demandez à la personne qui vous l'a envoyé de copier de nouveau le lien en entier.
err-link-newer = Ce résultat a été créé avec une version du questionnaire plus récente que celle de cette copie de l'application. Rechargez la page pour mettre l'application à jour, puis ouvrez de nouveau le lien.
err-link-older = Ce résultat a été créé avec une version plus ancienne du questionnaire, dont les énoncés ont changé depuis : il ne peut plus s'afficher. Demandez à la personne de refaire l'autoévaluation et de partager un nouveau lien.
err-link-unknown = Ceci ne ressemble pas à un lien de résultat { -app }, ou il a été créé par une version plus récente de l'application. Vérifiez que vous avez collé le bon lien ; si c'est le cas, rechargez la page pour mettre l'application à jour et réessayez.
err-link-item-count = Ce résultat ne correspond pas aux énoncés de cette application : il compte { $found } réponses alors que ce questionnaire compte { $expected } énoncés. Rechargez la page pour mettre l'application à jour ; si cela ne suffit pas, demandez un nouveau lien.
err-link-answer = Ce lien contient une réponse non valide (énoncé { $item }) : il semble endommagé. Demandez à la personne qui vous l'a envoyé de copier de nouveau le lien en entier.
err-link-name = Le nom contenu dans ce lien ne peut pas être lu : le lien semble endommagé. Demandez à la personne qui vous l'a envoyé de copier de nouveau le lien en entier.
err-link-date = La date contenue dans ce lien n'est pas valide : le lien semble endommagé. Demandez un nouveau lien à la personne qui vous l'a envoyé.
err-link-trailing = Ce lien se termine par des caractères qui n'en font pas partie. Vérifiez que vous n'avez copié que le lien, ou demandez à la personne qui vous l'a envoyé de le copier de nouveau.

## Le formulaire de ressource
form-intro = Seuls le titre et au moins un pilier sont nécessaires. Tout reste dans ce navigateur.
form-title = Titre
form-url = Adresse web (facultatif)
form-url-hint = Commençant par https:// ou http://. Laissez vide s'il n'y a pas de lien.
form-author = Auteur ou organisme (facultatif)
form-kind = Type de ressource
form-pillars = Piliers visés
form-description = Description (facultatif)
form-minutes = Durée en minutes (facultatif)
form-tags = Mots-clés (facultatif)
form-tags-hint = Séparez les mots-clés par des virgules, par exemple : twitter, réseautage
form-save = Enregistrer la ressource
form-save-changes = Enregistrer les modifications
library-own-added = « { $title } » a été ajoutée à votre bibliothèque, avec la mention « Ajoutée par vous ».
library-own-saved = Vos modifications apportées à « { $title } » sont enregistrées.
library-own-deleted = « { $title } » a été supprimée.
err-download = Votre navigateur n'a pas autorisé le téléchargement.

## Partager et importer des collections
share-collection = Partager une collection
share-collection-intro = Rassemblez vos propres ressources et vos signets à l'intention de collègues, puis envoyez-les sous forme de fichier ou de lien. Vos collègues pourront les consulter avant d'ajouter quoi que ce soit.
share-collection-none = Ajoutez un signet à des ressources ou ajoutez les vôtres : vous pourrez les partager d'ici.
share-collection-name = Nom de la collection
share-collection-name-hint = Par exemple : Premiers pas avec un réseau d'apprentissage professionnel
share-collection-curator = Votre nom ou celui de votre organisme (facultatif)
share-collection-no-name = Donnez d'abord un nom à la collection.
share-collection-no-resources = Choisissez au moins une ressource à partager.
share-collection-download = Télécharger le fichier de collection
share-collection-copy = Copier le lien de la collection
share-collection-include = Ressources à inclure ({ $chosen } sur { $total })
share-collection-link = Lien de la collection
share-collection-copied = Lien copié dans le presse-papiers. Toute personne qui l'ouvre voit la collection et peut l'ajouter.
share-collection-not-copied = Copiez le lien ci-dessus (il n'a pas pu être copié automatiquement). Toute personne qui l'ouvre voit la collection et peut l'ajouter.
share-collection-link-hint = Toute personne qui ouvre ce lien voit la collection et peut l'ajouter.
share-collection-too-big = Cette collection est trop grande pour un lien. Utilisez « Télécharger le fichier de collection » et envoyez plutôt le fichier.
collection-import = Importer une collection
collection-import-intro = Ajoutez des ressources qu'on vous a transmises dans un fichier de collection (.json). Vous en voyez le contenu avant que rien ne soit ajouté.
collection-file = Fichier de collection
choose-file = Choisir un fichier…
reading-file = Lecture du fichier…
collection-file-refused = Ce fichier ne peut pas être importé, et rien n'a été modifié. { $why }
collection-link-refused = Ce lien de collection ne peut pas être ouvert, et rien n'a été modifié. { $why }
collection-unnamed = Collection sans nom
collection-source = { $name }, par { $curator }
collection-shared-by = Partagée par { $curator }
resource-count = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressources
}
and-more = et { $count } de plus
collection-again = Vous avez déjà ajouté une collection portant ce nom ; l'ajouter de nouveau la met à jour.
collection-add = { $count ->
    [one] Ajouter { $count } ressource
   *[other] Ajouter { $count } ressources
}
collection-empty = Cette collection est vide : il n'y a rien à ajouter.
collection-added = { $count ->
    [one] { $count } ressource ajoutée depuis « { $source } ». Elle figure dans la liste ci-dessus, avec la mention « Provenance : { $source } ».
   *[other] { $count } ressources ajoutées depuis « { $source } ». Elles figurent dans la liste ci-dessus, avec la mention « Provenance : { $source } ».
}
collection-added-below = { $count ->
    [one] { $count } ressource ajoutée depuis « { $source } ». Elle porte la mention « Provenance : { $source } » dans la liste ci-dessous.
   *[other] { $count } ressources ajoutées depuis « { $source } ». Elles portent la mention « Provenance : { $source } » dans la liste ci-dessous.
}
collections-added = Collections que vous avez ajoutées
collection-removed = La collection « { $source } » a été retirée.
collection-remove-label = Retirer la collection { $source } ?
collection-remove-question = { $count ->
    [one] Retirer la ressource provenant de « { $source } » ? Vos signets et vos notes sur celle-ci disparaîtront aussi.
   *[other] Retirer les { $count } ressources provenant de « { $source } » ? Vos signets et vos notes sur celles-ci disparaîtront aussi.
}
collection-remove-yes = Oui, retirer
collection-keep = La garder
collection-remove = Retirer la collection
collection-go-library = Aller à la bibliothèque de ressources
collection-nothing-yet = Rien n'est ajouté à votre bibliothèque tant que vous ne choisissez pas de l'ajouter.
collection-unknown-entries = { $count ->
    [one] Une ressource de ce lien vient d'une version plus récente de la bibliothèque { -app } et n'est pas affichée : rechargez l'application pour la mettre à jour, puis rouvrez le lien pour l'obtenir aussi.
   *[other] { $count } ressources de ce lien viennent d'une version plus récente de la bibliothèque { -app } et ne sont pas affichées : rechargez l'application pour la mettre à jour, puis rouvrez le lien pour les obtenir aussi.
}
collection-add-to-library = Ajouter à ma bibliothèque
collection-skip = Aller à la bibliothèque sans ajouter
collection-resources = Ressources de cette collection

## Réponses et recommandations
not-answered = Sans réponse
rec-all-done = Vous avez marqué comme faites toutes les ressources de la bibliothèque pour ce pilier.
rec-see-all = Voir les { $count } ressources pour { $pillar } dans la bibliothèque

## Ce qu'une importation ajouterait ou remplacerait
preview-snapshots = { $count ->
    [one] { $count } autoévaluation terminée dans votre historique
   *[other] { $count } autoévaluations terminées dans votre historique
}
preview-snapshots-changed = { $count ->
    [one] { $count } autoévaluation terminée aux mêmes date et heure
   *[other] { $count } autoévaluations terminées aux mêmes dates et heures
}
preview-attempt = { $count ->
    [one] une autoévaluation en cours ({ $count } réponse)
   *[other] une autoévaluation en cours ({ $count } réponses)
}
preview-attempt-completed = { $count ->
    [one] vos derniers résultats ({ $count } réponse)
   *[other] vos derniers résultats ({ $count } réponses)
}
preview-attempt-replaced = votre autoévaluation actuelle ({ $mine ->
    [one] { $mine } réponse
   *[other] { $mine } réponses
}) par celle du fichier ({ $theirs ->
    [one] { $theirs } réponse
   *[other] { $theirs } réponses
})
preview-attempt-kept = votre autoévaluation actuelle, commencée après celle du fichier
preview-next-assessment = la date de votre prochaine autoévaluation
preview-role = qui répond : « { $who } »
preview-targets = { $count ->
    [one] { $count } cible
   *[other] { $count } cibles
}
preview-shares = { $count ->
    [one] { $count } résultat partagé avec vous
   *[other] { $count } résultats partagés avec vous
}
preview-own = { $count ->
    [one] { $count } ressource ajoutée par vous
   *[other] { $count } ressources ajoutées par vous
}
preview-imported = { $count ->
    [one] { $count } ressource provenant de collections
   *[other] { $count } ressources provenant de collections
}
preview-marks = { $count ->
    [one] { $count } signet, marque « Fait » ou note
   *[other] { $count } signets, marques « Fait » et notes
}
preview-name = le nom affiché sur vos liens de partage
preview-plan-focuses = { $count ->
    [one] { $count } priorité de votre plan
   *[other] { $count } priorités de votre plan
}
preview-plan-actions = { $count ->
    [one] { $count } action de votre plan
   *[other] { $count } actions de votre plan
}
preview-boards = { $count ->
    [one] { $count } tableau d'atelier
   *[other] { $count } tableaux d'atelier
}
preview-board-results = { $count ->
    [one] { $count } résultat sur vos tableaux d'atelier
   *[other] { $count } résultats sur vos tableaux d'atelier
}

## Téléchargements
err-file-too-large = Ce fichier est trop volumineux (plus de 5 Mo).
err-file-unreadable = Le fichier n'a pas pu être lu. S'agit-il bien d'un fichier texte (.json) ?
csv-completed = Terminée le
csv-overall = Ensemble

## Le plan
nav-plan = Plan
heading-plan = Votre plan
plan-empty = Votre plan est vide. À partir de vos résultats, choisissez un pilier ou un énoncé sur lequel travailler : il devient une priorité de votre plan, avec les actions que vous déciderez.
plan-go-results = Aller à vos résultats
plan-intro = Chaque priorité indique où elle en était quand vous l'avez fixée, où la situe votre dernière autoévaluation terminée, et ce que vous visez. Tout ce que vous tapez est enregistré dans ce navigateur au fur et à mesure.
plan-overdue-count = { $count ->
    [one] { $count } action est en retard.
   *[other] { $count } actions sont en retard.
}
plan-next = Prochaine autoévaluation
plan-next-hint = La date à laquelle vous prévoyez de refaire votre autoévaluation, pour mesurer le chemin parcouru.
plan-next-due = Le jour prévu pour votre prochaine autoévaluation, le { $date }, est arrivé.
plan-next-due-link = Refaites votre autoévaluation pour voir le chemin parcouru
plan-next-done = Votre dernière autoévaluation a eu lieu le { $date } ou après, le jour que vous aviez fixé : choisissez le jour de la prochaine.
plan-download-md = Télécharger en Markdown
plan-download-ics = Télécharger le fichier de calendrier (.ics)
plan-print = Imprimer le plan
plan-filter = Afficher les actions
plan-with-status = Selon l'état
plan-any-status = Tous les états
plan-person = Selon la personne
plan-anyone = Tout le monde
plan-filter-none = Aucune action ne correspond à ces choix.
plan-whole-pillar = Le pilier dans son ensemble
plan-then = Au départ
plan-now = Maintenant
plan-aim = Cible
plan-aim-label = Niveau visé
plan-no-aim = aucune
label-colon = { " " }:
plan-set-on = Fixée le
plan-reached = Niveau visé atteint
plan-progress = { $done ->
    [one] { $done } action terminée sur { $total }
   *[other] { $done } actions terminées sur { $total }
}
plan-progress-label = Actions terminées
plan-no-actions = Aucune action pour l'instant.
plan-remove-focus = Retirer cette priorité
plan-suggested = Actions suggérées (choisissez-en une pour l'ajouter) :
plan-add-this = Ajouter :
plan-own-action = Ou rédigez votre propre action
plan-add-action = Ajouter l'action
plan-what = Ce qui sera fait
plan-status = État
plan-status-not-started = Pas commencée
plan-status-under-way = En cours
plan-status-done = Terminée
plan-status-dropped = Abandonnée
plan-status-other = Autre
plan-due = Échéance
plan-overdue = En retard
plan-lead = Qui la mène
plan-people-hint = Des noms ou des rôles ; séparez-les par des virgules.
plan-involved = Qui y participe
plan-why = Pourquoi
plan-evidence = Comment vous saurez que cela a fonctionné
plan-notes = Notes
plan-resources = Ressources de la bibliothèque
plan-no-resources = Aucune ressource liée pour l'instant.
plan-unlink = Retirer le lien
plan-find-resource = Trouver une ressource à lier
plan-no-match = Aucun titre de ressource ne correspond.
plan-matches = { $count ->
    [one] { $count } ressource trouvée
   *[other] { $count } ressources trouvées
}
plan-link = Lier « { $title } »
plan-remove-action = Retirer l'action
plan-removed-action = Action « { $what } » retirée.
plan-removed-focus = { $actions ->
    [0] Priorité « { $name } » retirée.
    [one] Priorité « { $name } » retirée, avec son action.
   *[other] Priorité « { $name } » retirée, avec ses { $actions } actions.
}
undo = Annuler
plan-file-title = Mon plan de croissance
plan-calendar-name = Plan { -app }
plan-reassess = Refaire l'autoévaluation { -app }
plan-next-steps = Planifier vos prochaines étapes
plan-from-results = Choisissez sur quoi travailler : cela devient une priorité de votre plan, où vous décidez des actions, des personnes qui y participent et des échéances.
plan-add-focus = Ajouter « { $name } » à mon plan
plan-in-plan = « { $name } » fait partie de votre plan.
plan-pick = Pilier ou énoncé au choix
plan-pick-none = Choisissez un pilier ou un énoncé
plan-pick-pillar = { $name } (le pilier dans son ensemble)
plan-add-chosen = L'ajouter à mon plan
plan-added = Ajouté à votre plan.
plan-open = Ouvrir votre plan

# Data safety
err-storage-newer = Vos données ont été enregistrées par une version plus récente de { -app } (dans un autre onglet, ou lors d'une visite précédente). Rechargez la page pour utiliser cette version : d'ici là, rien de ce que vous modifiez ici n'est enregistré, afin que les données plus récentes restent intactes.
storage-newer-reload = Recharger pour obtenir la nouvelle version
err-import-resource = La ressource « { $label } » de ce fichier ne peut pas être importée : { $why }
data-rescued-download-dated = Télécharger la copie { $number }, mise de côté le { $date }
data-rescued-boards = Télécharger vos tableaux d'atelier tels qu'ils étaient avant qu'une partie endommagée soit laissée de côté
data-rescued-boards-unreadable = Télécharger vos tableaux d'atelier enregistrés, qui ne peuvent pas être lus

# Instrument
signal-sharing-title = Le partage devance la pratique
signal-sharing = La communication, les relations publiques et l'image de marque obtiennent en moyenne { $sharing } : au moins un niveau de plus que l'engagement, les espaces d'apprentissage et l'apprentissage professionnel, dont la moyenne est de { $practice }.
signal-sharing-why = Partager avec votre communauté et soigner votre image de marque sont un début, mais ne suffisent pas. Ce qui compte, c'est ce que les élèves et le personnel font différemment : servez-vous de ce que vous partagez et apprenez en ligne pour changer l'apprentissage au quotidien, et exercez un leadership connecté, collaboratif et distribué, qui ne se limite pas à diffuser.
card-archived = Archivée : cette communauté ou ce site a fermé, et la ressource est conservée ici pour mémoire.

# Board
nav-board = Atelier
heading-board = Tableau d'atelier
heading-team = Portrait de l'équipe
board-intro = Rassemblez les résultats d'un groupe sans aucun serveur : chaque personne participante partage son lien de résultat (ou son code QR), vous collez les liens ici et voyez l'équipe dans son ensemble. Les tableaux restent dans ce navigateur ; les noms restent masqués à moins que vous ne les affichiez.
board-create = Nouveau tableau
board-name = Nom du tableau
board-date = Date de l'atelier
board-create-button = Créer le tableau
board-untitled = Tableau sans nom
board-list = Vos tableaux
board-list-line = { $date } · { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
board-gone = Le tableau que vous aviez ouvert a été supprimé dans un autre onglet. Voici « { $name } » : vérifiez que ce que vous collez est pour lui.
board-delete = Supprimer ce tableau
board-delete-question = { $count ->
    [0] Supprimer « { $name } » ? Ce tableau n'a encore aucun résultat. Cette action est irréversible.
    [one] Supprimer « { $name } » et son { $count } résultat ? Cette action est irréversible.
   *[other] Supprimer « { $name } » et ses { $count } résultats ? Cette action est irréversible.
}
board-delete-confirm = Supprimer le tableau
board-add = Ajouter des résultats
board-paste = Coller des liens de résultat
board-paste-hint = N'importe quel texte contenant des liens convient : l'exportation d'une discussion, un courriel, un lien par ligne. Chaque lien est lu une fois ; le même résultat reçu deux fois ne compte qu'une fois.
board-add-button = Ajouter au tableau
board-file = Ou importer un fichier de tableau (.json)
board-import-question = Ajouter au tableau { $count ->
    [one] le { $count } résultat
   *[other] les { $count } résultats
} de ce fichier de tableau ?
board-import-button = Les ajouter
board-intake-none = Aucun lien de résultat n'a été trouvé dans ce texte. Un lien de résultat contient #/r/ suivi de son code.
board-intake-summary = Ajoutés : { $added }. Déjà au tableau : { $already }. Endommagés : { $damaged }. D'une autre version du questionnaire : { $other }.
board-intake-full = { $count ->
    [one] { $count } résultat n'a pas été ajouté : le tableau est plein.
   *[other] { $count } résultats n'ont pas été ajoutés : le tableau est plein.
}
board-intake-cut = Le texte était trop long ou contenait trop de liens : { $count ->
    [one] { $count } lien et la suite du texte n'ont pas été lus.
   *[other] { $count } liens et la suite du texte n'ont pas été lus.
}
board-intake-each = Lien par lien :
board-intake-line = Lien { $number } : { $outcome }
board-intake-line-code = Lien { $number } ({ $code }) : { $outcome }
board-outcome-added = ajouté.
board-outcome-already = déjà au tableau (il ne compte qu'une fois).
board-outcome-damaged = endommagé. { $why }
board-outcome-other-version = fait avec la version { $found } du questionnaire ; ce tableau utilise la version { $current }, il est donc laissé de côté plutôt que mêlé aux autres.
board-outcome-full = non ajouté : un tableau contient au plus { $max } résultats.
board-participants = Personnes participantes ({ $count })
board-privacy = Rien n'est montré de l'équipe tant que le tableau ne contient pas assez de résultats, afin que personne ne puisse deviner les réponses de quelqu'un. Les noms que les personnes participantes ont mis dans leur lien restent masqués à moins que vous ne les affichiez.
board-threshold = Taille minimale du groupe (résultats nécessaires avant qu'un chiffre s'affiche)
board-threshold-hint = Au moins 3. Augmentez-le pour un grand groupe.
board-show-names = Afficher les noms des personnes participantes
board-participant = Personne { $number }
board-remove = Retirer { $name }
board-removed = Résultat retiré du tableau : { $name }.
board-set-aside = { $count ->
    [one] { $count } résultat fait avec une autre version du questionnaire est mis de côté et n'est pas compté.
   *[other] { $count } résultats faits avec une autre version du questionnaire sont mis de côté et ne sont pas comptés.
}
board-overlay-mine = Afficher mon dernier résultat sur le graphique
board-withheld = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
} ; il en faut au moins { $k }.
board-by-pillar = L'équipe, pilier par pilier
board-chart-title = Graphique en radar de l'équipe : la médiane de chaque pilier, avec la moitié centrale du groupe en bande
board-table-caption = Les scores de l'équipe par pilier
board-results = Résultats
board-median = Médiane
board-middle-half = Moitié centrale
board-range = Plus bas – plus haut
board-spread-hint = La moitié centrale va du premier au troisième quartile : la moitié du groupe s'y situe. Les scores sont la moyenne des réponses de chaque personne dans le pilier, de 1 à 5 ; un résultat dont tous les énoncés d'un pilier sont sans objet n'a pas de score dans ce pilier et n'y est pas compté.
board-items = Énoncé par énoncé
board-items-intro = Combien de personnes ont choisi chaque niveau, en commençant par les énoncés sur lesquels le groupe est le plus partagé. L'« écart » est la distance moyenne, en niveaux, entre deux personnes du groupe : de 0 (tout le monde est d'accord) à 4.
board-items-caption = Nombre de personnes par niveau, pour chaque énoncé
board-item = Énoncé
board-apart = Écart en niveaux
board-bar = Répartition
board-items-withheld = Les énoncés auxquels moins de { $k } personnes ont répondu sont laissés de côté.
board-strongest = Les énoncés les plus forts de l'équipe
board-weakest = Les énoncés les plus faibles de l'équipe
board-item-mean = (moyenne { $mean }, { $count ->
    [one] { $count } personne
   *[other] { $count } personnes
})
board-resources = Ressources pour les piliers les plus faibles de l'équipe
board-resources-intro = Tirées de la bibliothèque, pour les piliers où la médiane de l'équipe est la plus basse.
board-share = Partager et exporter
board-projector = Mode projection
board-projector-keys = Flèches : pilier suivant ou précédent. Échap : quitter le mode projection.
board-projector-previous = Précédent
board-projector-next = Suivant
board-projector-leave = Quitter le mode projection
board-projector-position = { $number } sur { $total }
board-projector-spread = Moitié centrale { $low } – { $high } · plus bas { $min }, plus haut { $max } · { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
board-download-csv = Télécharger les chiffres de l'équipe (CSV)
board-download-file = Télécharger le fichier du tableau
board-csv-names = Le CSV contient les chiffres de l'équipe et, puisque les noms sont affichés, une ligne par personne participante.
board-csv-no-names = Le CSV ne contient que les chiffres de l'équipe ; affichez les noms pour ajouter une ligne par personne participante.
name-fits-hint = Jusqu'à environ 40 lettres, un peu moins avec des lettres accentuées : le champ s'arrête là où un lien ne peut plus rien porter.
name-was-cut = Raccourci à ce qu'un lien peut porter : « { $name } ». Vous pouvez le modifier.
board-csv-scored = Résultats avec un score
board-csv-min = Plus bas
board-csv-q1 = Premier quartile
board-csv-q3 = Troisième quartile
board-csv-max = Plus haut
board-csv-mean = Moyenne
board-csv-participant = Personne participante
board-csv-date = Date
board-team-link-intro = Partagez le portrait de l'équipe : ce lien ne contient que les chiffres de l'équipe, jamais les réponses ni le nom de quiconque, et s'ouvre sur n'importe quel appareil.
board-team-link = Lien de l'équipe
board-team-qr = Code QR du lien de l'équipe
board-no-camera = Le code QR d'une personne participante se lit avec l'appareil photo de n'importe quel téléphone : collez le lien qu'il ouvre dans « Coller des liens de résultat ».
err-board-too-large = Ce fichier est trop volumineux pour être un fichier de tableau.
err-board-not-json = Ce fichier n'est pas un fichier de tableau : ce n'est pas du JSON valide.
err-board-not-board = Ce fichier n'est pas un fichier de tableau { -app }.
err-board-other-file = C'est un autre type de fichier { -app } : importez-le depuis Vos données ou la bibliothèque.
err-board-newer = Ce fichier de tableau a été créé par une version plus récente de { -app }. Rechargez la page pour obtenir la dernière version, puis réessayez.
err-board-damaged = Ce fichier de tableau est endommagé et ne peut pas être lu.
err-board-too-many = Ce fichier contient plus de { $max } tableaux.
err-board-too-many-results = Le tableau { $number } de ce fichier contient plus de { $max } résultats.
err-boards-full = L'espace de stockage de ce navigateur pour ce site est plein : vos dernières modifications des tableaux ne sont pas enregistrées. Elles restent ici tant que cet onglet est ouvert : téléchargez le fichier du tableau pour les garder, puis libérez de l'espace.
err-boards-unreadable = Vos tableaux enregistrés n'ont pas pu être lus : { $why } Ils sont conservés tels quels dans ce navigateur (vous pouvez les télécharger depuis Vos données) et rien n'est enregistré par-dessus ; ce que vous modifiez ici ne dure que jusqu'au rechargement de la page.
err-boards-part-kept = Une partie de vos tableaux enregistrés était endommagée : { $count ->
        [one] un résultat ou un tableau n'a pas pu être lu et est laissé de côté
       *[other] { $count } résultats ou tableaux n'ont pas pu être lus et sont laissés de côté
    } ; le reste est ici. Une copie des tableaux tels qu'ils étaient enregistrés est conservée dans ce navigateur : vous pouvez la télécharger depuis Vos données.
err-boards-part-not-kept = Une partie de vos tableaux enregistrés était endommagée : { $count ->
        [one] un résultat ou un tableau n'a pas pu être lu et est laissé de côté
       *[other] { $count } résultats ou tableaux n'ont pas pu être lus et sont laissés de côté
    } ; le reste est ici. Il n'y a pas la place d'en garder une copie telle quelle, donc rien n'est enregistré par-dessus ; ce que vous modifiez ici ne dure que jusqu'au rechargement de la page.
boards-why-newer = ils ont été enregistrés par une version plus récente de { -app } (rechargez la page pour l'utiliser).
boards-why-damaged = ils sont endommagés.
team-cannot-open = Ce lien d'équipe ne peut pas être ouvert
team-of = { $name }, { $date }
team-read-only = Les chiffres de { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}, en lecture seule : le lien ne contient ni les réponses ni le nom de quiconque.
err-team-not-team = Ce n'est pas un lien d'équipe. Un lien de résultat personnel contient #/r/ : ouvrez-le tel quel.
err-team-newer = Ce lien d'équipe a été créé par une version plus récente de { -app }. Rechargez la page pour obtenir la dernière version, puis ouvrez-le de nouveau.
err-team-other-version = Ce lien d'équipe a été fait avec la version { $found } du questionnaire ; cette application utilise la version { $current }. Demandez un lien d'équipe fait avec cette version.
err-team-damaged = Ce lien d'équipe est incomplet ou endommagé. Vérifiez que le lien a été copié en entier, ou demandez-le de nouveau.

# Scanner
board-scan-title = Scanner les codes QR des personnes participantes
board-scan-hint = Ce bouton allume la caméra de cet appareil. Présentez les codes QR des personnes participantes l'un après l'autre : chacun est ajouté dès qu'il est lu, sans toucher l'écran. Rien ne quitte l'appareil.
board-scan-button = Scanner les codes QR
board-scan-stop = Arrêter le scan
board-scan-video = Aperçu de la caméra pour scanner les codes QR
board-scan-starting = Allumage de la caméra…
board-scan-on = La caméra est allumée : présentez un code QR.
board-scan-paused = La caméra a été éteinte parce que la page était masquée. Appuyez sur « Scanner les codes QR » pour reprendre.
board-scan-line = Code { $number } lu : { $outcome }
board-scan-not-link = Code { $number } lu : il ne contient aucun lien de résultat { -app }.
err-camera-refused = La caméra n'a pas été autorisée. Pour scanner, autorisez-la dans les réglages du navigateur pour ce site ; coller des liens fonctionne toujours.
err-camera-none = Aucune caméra n'a été trouvée sur cet appareil. Collez plutôt les liens.
err-camera-unavailable = Ce navigateur n'offre pas de caméra ici (il faut une page servie en https ou depuis localhost). Collez plutôt les liens.
err-camera-failed = La caméra n'a pas pu démarrer (une autre application l'utilise peut-être). Réessayez, ou collez plutôt les liens.
err-scanner-not-loaded = Le scanner n'a pas pu être chargé (il faut le réseau une première fois). Réessayez une fois en ligne, ou collez plutôt les liens.

# Versions
shared-opening = Ouverture du résultat partagé…
shared-older-loading = Ce résultat a été créé avec la version { $version } du questionnaire : chargement des énoncés de cette version…
shared-older-version = Ce résultat a été créé avec la version { $version } du questionnaire, dont les énoncés ont changé depuis. Il s'affiche avec les énoncés de cette version, tel qu'il a été partagé, et ne peut pas être comparé à vos propres réponses.
shared-answered-as-teacher = Réponses d'une personne qui enseigne : les énoncés sont présentés comme ils lui ont été posés, formulés pour le personnel enseignant.
shared-older-unavailable = Ce résultat a été créé avec la version { $version } du questionnaire, et les énoncés de cette version n'ont pas pu être chargés (il faut le réseau une première fois). Réessayez quand vous serez en ligne.
date-first-day = 1er
