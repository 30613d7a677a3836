<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Allo Industrie publishing console, command line.

Commands:
  validate [--json] FILE…   check notices
  template TYPE             print a draft notice</source>
        <translation>Console de publication Allo Industrie, en ligne de commande.

Commandes :
  validate [--json] FICHIER…   vérifier des avis
  template TYPE                afficher un brouillon d'avis</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run allo-cli --help to see the commands.</source>
        <translation>Commande inconnue « %1 ». Lancez allo-cli --help pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Allo Industrie — Publishing console</source>
        <translation>Allo Industrie — Console de publication</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Allo Industrie console</source>
        <translation>À &amp;propos de la console Allo Industrie</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Allo Industrie publishing console&lt;/h2&gt;&lt;p&gt;Compose a notice, see it on every channel, and send it to the platform.&lt;/p&gt;&lt;p&gt;The composer is not part of this version yet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Console de publication Allo Industrie&lt;/h2&gt;&lt;p&gt;Rédigez un avis, voyez-le sur chaque canal et envoyez-le à la plateforme.&lt;/p&gt;&lt;p&gt;La rédaction des avis n'est pas encore disponible dans cette version.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Local profile — no platform configured</source>
        <translation>Profil local — aucune plateforme configurée</translation>
    </message>
    <message>
        <source>About Allo Industrie console</source>
        <translation>À propos de la console Allo Industrie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Allo Industrie console&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Tells the people living around industrial plants about unusual events, on the web, the hotline and social networks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Console Allo Industrie&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Informe les riverains des sites industriels des événements inhabituels, sur le web, le numéro vert et les réseaux sociaux.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NoticeReader</name>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Ce n'est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>A notice must be a JSON object { … }.</source>
        <translation>Un avis doit être un objet JSON { … }.</translation>
    </message>
</context>
<context>
    <name>ProgramOptions</name>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Use this time as now (ISO 8601 with an offset).</source>
        <translation>Utiliser cette heure comme heure actuelle (ISO 8601 avec décalage horaire).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>--now "%1" is not a time: write it as ISO 8601 with an offset, for example 2026-03-27T07:00:00+01:00.</source>
        <translation>--now « %1 » n'est pas une heure : écrivez-la en ISO 8601 avec le décalage horaire, par exemple 2026-03-27T07:00:00+01:00.</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Territory of the notice (default: rouen-metropole).</source>
        <translation>Territoire de l'avis (par défaut : rouen-metropole).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Nom de l'entreprise.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Site name.</source>
        <translation>Nom du site.</translation>
    </message>
    <message>
        <source>Commune of the site.</source>
        <translation>Commune du site.</translation>
    </message>
    <message>
        <source>The type of notice.</source>
        <translation>Le type d'avis.</translation>
    </message>
    <message>
        <source>Unknown type "%1": choose one of %2.</source>
        <translation>Type inconnu « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown territory "%1".</source>
        <translation>Territoire inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Afficher les résultats en JSON.</translation>
    </message>
    <message>
        <source>Notice files (JSON) to check.</source>
        <translation>Fichiers d'avis (JSON) à vérifier.</translation>
    </message>
    <message>
        <source>Name at least one notice file to check.</source>
        <translation>Indiquez au moins un fichier d'avis à vérifier.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Expected %1 here.</source>
        <translation>Il faut %1 ici.</translation>
    </message>
    <message>
        <source>"%1" is not a UUID: the console makes one for each new notice; keep the one it made.</source>
        <translation>« %1 » n'est pas un UUID : la console en crée un pour chaque nouvel avis ; gardez celui qu'elle a créé.</translation>
    </message>
    <message>
        <source>Unknown territory "%1": choose one of %2.</source>
        <translation>Territoire inconnu « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown type "%1": choose one of %2.</source>
        <translation>Type inconnu « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown status "%1": choose one of %2.</source>
        <translation>Statut inconnu « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown effect "%1": choose among %2.</source>
        <translation>Effet inconnu « %1 » : choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The effect "%1" is listed twice: remove one.</source>
        <translation>L'effet « %1 » figure deux fois : supprimez-en un.</translation>
    </message>
    <message>
        <source>"%1" is not a time: write it as ISO 8601 with an offset, for example 2026-03-27T07:00:00+01:00.</source>
        <translation>« %1 » n'est pas une heure : écrivez-la en ISO 8601 avec le décalage horaire, par exemple 2026-03-27T07:00:00+01:00.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The text is empty: write what will happen.</source>
        <translation>Le texte est vide : décrivez ce qui va se passer.</translation>
    </message>
    <message>
        <source>The text has %1 characters; the limit is %2. Shorten it.</source>
        <translation>Le texte compte %1 caractères ; la limite est de %2. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character (%1) at position %2: remove it.</source>
        <translation>Le texte contient un caractère de contrôle invisible (%1) à la position %2 : supprimez-le.</translation>
    </message>
    <message>
        <source>The link must be an https:// address.</source>
        <translation>Le lien doit être une adresse https://.</translation>
    </message>
    <message>
        <source>The link has %1 characters; the limit is %2.</source>
        <translation>Le lien compte %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between %2 and %3.</source>
        <translation>%1 est hors limites : la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The start is more than %1 days ahead: check the date.</source>
        <translation>Le début est dans plus de %1 jours : vérifiez la date.</translation>
    </message>
    <message>
        <source>The period is already over: check the dates.</source>
        <translation>La période est déjà terminée : vérifiez les dates.</translation>
    </message>
    <message>
        <source>The period lasts more than %1 days: check the end.</source>
        <translation>La période dure plus de %1 jours : vérifiez la fin.</translation>
    </message>
    <message>
        <source>There is no English text: English-speaking residents will only get the French.</source>
        <translation>Il n'y a pas de texte en anglais : les riverains anglophones n'auront que le français.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Flaring</source>
        <translation>Torchage</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Shutdown</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Emergency plan drill</source>
        <translation>Exercice POI</translation>
    </message>
    <message>
        <source>Siren test</source>
        <translation>Essai des sirènes</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Odour</source>
        <translation>Odeur</translation>
    </message>
    <message>
        <source>Smoke</source>
        <translation>Fumée</translation>
    </message>
    <message>
        <source>Steam plume</source>
        <translation>Panache de vapeur</translation>
    </message>
    <message>
        <source>Night lighting</source>
        <translation>Éclairage nocturne</translation>
    </message>
    <message>
        <source>Heavy traffic</source>
        <translation>Trafic de poids lourds</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Torche</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Vapeur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <source>Siren</source>
        <translation>Sirène</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Dust</source>
        <translation>Poussières</translation>
    </message>
    <message>
        <source>Vibration</source>
        <translation>Vibrations</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Allo Industrie publishing console.</source>
        <translation>Console de publication Allo Industrie.</translation>
    </message>
</context>
</TS>