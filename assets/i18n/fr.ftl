# Pillars, français : chaque phrase affichée par l'application. Les identifiants sont groupés par écran.
# Traduction : gardez les identifiants et les { $variables } ; voir le README, « Languages ».
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
heading-assess = Faire mon autoévaluation
heading-results = Vos résultats
heading-history = Votre historique
heading-library = Bibliothèque de ressources
heading-shared = Un résultat partagé
heading-collection = Collection partagée
heading-data = Vos données
heading-not-found = Page introuvable
title-home = { -app } : autoévaluation du leadership numérique
title-screen = { $screen } · { -app }

## Un écran dont le code n'est pas encore arrivé
loading = Chargement…
loading-failed = Cet écran n'a pas pu être chargé : les fichiers de l'application ne sont pas arrivés. Vérifiez la connexion, puis réessayez.
try-again = Réessayer

## Bandeaux
synced-other-tab = Mis à jour avec les modifications faites dans un autre onglet.
update-available = Une nouvelle version de { -app } est disponible. Vos réponses sont enregistrées.
update-reload = Recharger pour mettre à jour

## Page introuvable
not-found-text = Il n'y a rien à cette adresse. Si quelqu'un vous a envoyé un lien, il est peut-être incomplet.
not-found-home = Aller à la page d'accueil

## Accueil
home-lead = { -app } aide les leaders scolaires et de système, le personnel enseignant et toute personne qui dirige l'apprentissage à situer leur pratique sur les sept piliers du leadership numérique, à trouver des ressources adaptées et à planifier leurs prochaines étapes.
home-more-than-sharing = Le leadership numérique ne se limite pas à partager en ligne : il s'agit de mettre ses relations au service de ce que les élèves et le personnel font chaque jour, de bâtir avec d'autres et de faire grandir le leadership des personnes qui nous entourent.
home-start = Commencer l'autoévaluation
home-resume = Reprendre l'autoévaluation
home-see-results = Voir vos résultats
home-browse-library = Parcourir la bibliothèque
home-complete = Votre dernière autoévaluation est terminée.
home-answered = Vous avez répondu à { $answered } énoncés sur { $total }.
home-how-long = { $total } énoncés courts répartis sur sept piliers ; de 15 à 25 minutes environ. Vous pouvez vous arrêter à tout moment et revenir plus tard.
home-pillars = Les sept piliers
home-data-stays = Vos données restent chez vous
home-no-server = Il n'y a ni compte ni serveur. Vos réponses sont conservées dans ce navigateur seulement, et rien ne quitte votre appareil à moins que vous ne partagiez un lien ou ne téléchargiez un fichier. Une fois chargé, { -app } fonctionne aussi hors ligne.

## L'autoévaluation
assess-pillars = Piliers
assess-pillar-complete = , terminé
assess-overall-progress = Progression globale
assess-pillar-progress = Progression : { $pillar }
assess-pillar-heading = Pilier { $number } sur { $count } : { $name }
assess-next = Suivant : { $pillar } →
assess-complete-saved = Cette autoévaluation est terminée et enregistrée dans votre historique.
assess-all-answered = Vous avez répondu à tous les énoncés.
assess-complete = Terminer l'autoévaluation et voir les résultats
assess-answered-so-far = { $answered } énoncés sur { $total } ont une réponse. Vous pouvez vous arrêter à tout moment : chaque réponse est enregistrée dans ce navigateur.
assess-next-gap = Aller au prochain pilier sans réponse : { $pillar }
progress-answered = { $label } : { $answered } sur { $total } avec réponse
levels-meaning = Ce que signifient les niveaux
not-applicable = Sans objet
not-applicable-meaning = Cela ne s'applique pas à votre rôle ; cet énoncé n'entre pas dans vos résultats.
to-level-up = Pour progresser :
start-over = Recommencer
start-over-question = Recommencer avec une autoévaluation vierge ? Vos réponses actuelles sont conservées et peuvent être récupérées jusqu'à ce que vous terminiez la nouvelle.
start-over-yes = Oui, recommencer
start-over-kept = Vous avez recommencé le { $date }. Vos réponses précédentes ({ $count } données) sont conservées jusqu'à ce que vous terminiez cette autoévaluation.
start-over-restore = Récupérer mes réponses précédentes
cancel = Annuler

## Vos données : les conserver
keep-heading = Conserver vos données
keep-granted = Ce navigateur s'est engagé à conserver les données de { -app }, même si l'espace vient à manquer.
keep-not-granted = Ce navigateur ne s'est pas engagé à conserver les données de { -app } : il peut les effacer si l'espace vient à manquer, et Safari les efface après sept jours sans visite si { -app } n'est pas sur l'écran d'accueil. Téléchargez vos données de temps en temps, ou gardez le lien vers votre résultat.
keep-unknown = Ce navigateur n'indique pas s'il conservera les données de { -app }. Téléchargez vos données de temps en temps, ou gardez le lien vers votre résultat.
keep-ask = Demander à ce navigateur de conserver mes données

## Résultats
results-empty = Vous n'avez encore répondu à aucun énoncé. Vos résultats s'afficheront ici dès que vous commencerez.
results-completed-on = Terminée le { $date }.
results-in-progress = En cours, commencée le { $date }.
results-incomplete = Cette autoévaluation est incomplète : { $answered } énoncés sur { $total } ont une réponse. Les piliers sans réponse sont indiqués comme non évalués, et non comme nuls.
results-continue = Poursuivre l'autoévaluation
results-summary = En bref
results-by-pillar = Par pilier
results-you = Vous
results-previous = Précédente ({ $date })
results-caption = Vos résultats par pilier (niveau moyen des énoncés avec réponse, sans les « Sans objet »)
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
summary-overall = Dans l'ensemble :
summary-not-scored = Pas encore évalué
summary-strongest-yours = Vos piliers les plus forts
summary-strongest-theirs = Ses piliers les plus forts
summary-strongest-named = Les piliers les plus forts de { $name }
summary-room-to-grow = La plus grande marge de progression
summary-below-target = — { $gap } sous la cible
summary-to-lead = Pour y entraîner les autres :

## Graphique et tableau des résultats
chart-title = Graphique en radar : { $label }, par pilier ; le tableau donne les mêmes valeurs.
table-pillar = Pilier
table-level = Niveau
table-change = Évolution
table-target = Cible
table-targets = Cibles
table-gap = Écart
table-not-scored = Non évalué
table-incomplete = (incomplet : { $answered } sur { $total })
table-to-go = encore { $gap }
table-reached = Atteinte
table-overall = Ensemble
shared-you-latest = Vous (la plus récente)
shared-caption = Résultats de { $name } par pilier

## Partager un résultat
share-intro = Le lien contient votre résultat après le signe #, que les navigateurs n'envoient jamais à aucun serveur. La personne qui l'ouvre voit le même graphique et le même tableau ; rien n'est conservé ailleurs que dans vos deux navigateurs.
share-name = Nom affiché avec le résultat (facultatif)
share-link = Lien de partage
share-copy = Copier le lien
share-copied = Lien copié.
share-not-copied = La copie n'a pas fonctionné : sélectionnez le lien ci-dessus et copiez-le.
share-scan = Ou balayez ce code avec un téléphone ou l'ordinateur de l'animatrice ou de l'animateur :
share-qr = Code QR du lien de partage

## Un résultat partagé
shared-cannot-open = Ce lien de résultat ne peut pas être ouvert
shared-nothing-changed = Rien n'a été enregistré ni modifié dans ce navigateur.
shared-someone = une personne
shared-result = Résultat partagé
shared-heading = Résultat partagé par { $name }
shared-read-only = Voici le résultat de { $name } du { $date }, en lecture seule. Ce n'est pas le vôtre et il n'est pas ajouté à votre historique.
shared-incomplete = Incomplet : { $answered } énoncés sur { $total } ont une réponse.
shared-saved = Enregistré dans « Résultats partagés avec vous » (sur l'écran Historique).
shared-save = Enregistrer dans les résultats partagés avec moi
shared-compare = Comparer avec mon résultat le plus récent

## Historique
history-empty = Quand vous terminez une autoévaluation, elle est conservée ici avec sa date : vous pourrez revenir au prochain trimestre et voir votre progression.
history-go-assess = Aller à l'autoévaluation
history-count = { $count ->
    [one] { $count } autoévaluation terminée
   *[other] { $count } autoévaluations terminées
}
history-completed = Terminée le
history-actions = Actions
history-delete = Supprimer { $label }
history-delete-yes = Oui, supprimer { $label }
keep-it = La garder
history-compare = Comparer deux autoévaluations
history-earlier = La plus ancienne
history-later = La plus récente
history-change-caption = Évolution par pilier entre les deux autoévaluations
history-one = Votre autoévaluation terminée
history-scores-caption = Résultats par pilier
history-complete-another = Faites une autre autoévaluation plus tard (par exemple au prochain trimestre) pour comparer les deux ici.
history-shared = Résultats partagés avec vous
history-shared-empty = Quand quelqu'un vous envoie un lien de résultat, vous pouvez l'enregistrer ici. Il n'est jamais mêlé à votre propre historique.
history-someone = Une personne
history-remove = Retirer
history-remove-label = Retirer le résultat de { $name } du { $date }

## La bibliothèque
library-intro = Des articles, des cours, des livres et des communautés pour chaque pilier, choisis pour les leaders scolaires. Ajoutez un signet à ce que vous voulez lire, marquez ce que vous avez fait et prenez des notes privées : tout reste dans ce navigateur.
library-add = Ajouter une ressource
library-to-collections = Partager ou importer une collection
library-find = Trouver des ressources
library-edit = Modifier « { $title } »
library-count = { $count ->
    [0] Aucune ressource trouvée
    [one] 1 ressource
   *[other] { $count } ressources
}
library-search = Chercher dans la bibliothèque
library-search-hint = Les résultats se mettent à jour pendant la saisie ; les petites fautes de frappe sont tolérées.
library-all-pillars = Tous les piliers
library-kind = Type
library-all-kinds = Tous les types
library-bookmarked-only = Signets seulement
library-clear = Effacer la recherche et les filtres
library-no-bookmarks = Vous n'avez encore ajouté aucun signet. Utilisez le bouton Signet d'une ressource pour la garder ici.
matches-none = Aucun résultat
matches-query = pour « { $query } »
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
card-bookmark = Signet
card-bookmark-label = Signet : { $title }
card-done = Marquer comme fait
card-done-label = Marquer comme fait : { $title }
card-is-done = Fait
card-add-note = Ajouter une note
card-add-note-label = Ajouter une note sur { $title }
card-edit = Modifier
card-edit-label = Modifier { $title }
card-delete = Supprimer
card-delete-label = Supprimer { $title }
card-delete-question-label = Supprimer { $title } ?
card-delete-question = Supprimer « { $title } » ? Votre signet et votre note sur cette ressource disparaîtront aussi. C'est définitif.
card-delete-yes = Oui, supprimer
card-pillars = Piliers : { $pillars }
card-added-by-you = Ajoutée par vous
card-from = Provenance : { $source }
card-tags = Mots-clés :
card-open = Ouvrir
card-open-label = Ouvrir { $title }
card-search = Chercher ce titre sur le Web
card-search-label = Chercher { $title } sur le Web
card-note = Votre note
card-note-on = sur { $title }
card-note-hint = Privée : elle reste dans ce navigateur. Enregistrée pendant la saisie.

## Vos données
data-intro = Tout ce que { -app } sait de vous est conservé dans ce navigateur seulement. Transférez-le dans un autre navigateur avec un fichier, ou supprimez-le.
data-export = Exporter
data-export-what = Votre autoévaluation en cours ({ $answers } réponses), { $completed } autoévaluations terminées, { $targets } cibles, { $shared } résultats partagés avec vous, ainsi que vos signets, notes et ressources de la bibliothèque ({ $own } ajoutées par vous), en un seul fichier.
data-download-json = Télécharger toutes mes données (JSON)
data-download-csv = Télécharger mes résultats de tout l'historique (CSV)
data-csv-hint = Le fichier CSV a une ligne par autoévaluation terminée et une colonne par pilier, pour un tableur.
data-csv-later = Il sera disponible quand vous aurez terminé une autoévaluation.
data-import = Importer
data-import-file = Fichier d'exportation de Pillars
data-import-hint = Rien ne change avant votre confirmation.
data-import-unchanged = Rien n'a été modifié.
data-import-question = Importer ce fichier ?
data-import-nothing = Ce fichier ne contient rien qui ne soit déjà ici.
data-import-adds = Il ajoutera :
data-import-replaces = Il remplacera :
data-import-button = Importer
data-imported = Importé. Vos résultats, votre historique et votre bibliothèque comprennent maintenant les données du fichier.
data-imported-unsaved = Importé dans cet onglet, mais ce navigateur ne l'a pas enregistré : gardez l'onglet ouvert et téléchargez vos données.
data-rescued = Données illisibles
data-rescued-text = Des données antérieures de ce navigateur étaient endommagées et ont été mises de côté. Téléchargez-les pour les garder, ou pour demander de l'aide afin de les récupérer.
data-rescued-download = Télécharger les données illisibles
data-delete = Supprimer
data-delete-question = Supprimer tout ce que { -app } conserve dans ce navigateur ?
data-delete-warning = Vos réponses, votre historique, vos cibles, les résultats partagés et vos notes de bibliothèque disparaîtront. Téléchargez d'abord vos données si vous pourriez en avoir besoin.
data-delete-yes = Oui, supprimer toutes mes données
data-delete-all = Supprimer toutes mes données
data-deleted = Toutes vos données { -app } ont été supprimées de ce navigateur.
