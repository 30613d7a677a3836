<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiCall</name>
    <message>
        <source>The platform did not answer within %1 seconds.</source>
        <translation>La plateforme n'a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The platform's certificate key does not match the pin %1: the connection was refused. Ask your administrator whether the platform's key changed.</source>
        <translation>La clé du certificat de la plateforme ne correspond pas à l'empreinte épinglée %1 : la connexion a été refusée. Demandez à votre administrateur si la clé de la plateforme a changé.</translation>
    </message>
    <message>
        <source>The platform's answer is larger than %1 MB: it was refused.</source>
        <translation>La réponse de la plateforme dépasse %1 Mo : elle a été refusée.</translation>
    </message>
    <message>
        <source>The platform's certificate was refused (%1). Check the platform address, the CA file and the computer's date.</source>
        <translation>Le certificat de la plateforme a été refusé (%1). Vérifiez l'adresse de la plateforme, le fichier d'autorité de certification et la date de l'ordinateur.</translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1).</source>
        <translation>La plateforme est injoignable (%1).</translation>
    </message>
    <message>
        <source>The platform answered %1 with something that is not JSON (%2).</source>
        <translation>La plateforme a répondu %1 avec un contenu qui n'est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>The platform answered with the error %1.</source>
        <translation>La plateforme a répondu par l'erreur %1.</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>Cannot write the training certificate file %1.</source>
        <translation>Impossible d'écrire le fichier de certificat d'entraînement %1.</translation>
    </message>
    <message>
        <source>Cannot make the training certificate authority.</source>
        <translation>Impossible de créer l'autorité de certification d'entraînement.</translation>
    </message>
    <message>
        <source>Cannot make the training server certificate.</source>
        <translation>Impossible de créer le certificat du serveur d'entraînement.</translation>
    </message>
</context>
<context>
    <name>ChannelRenderer</name>
    <message>
        <source>Unknown channel "%1": use web, hotline, x, mastodon, sms or cap.</source>
        <translation>Canal inconnu « %1 » : utilisez web, hotline, x, mastodon, sms ou cap.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown territory "%1".</source>
        <translation>Territoire inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The time of sending is missing.</source>
        <translation>L'heure d'envoi manque.</translation>
    </message>
    <message>
        <source>A cancellation needs the reference of the alert it cancels.</source>
        <translation>Une annulation doit indiquer la référence de l'alerte qu'elle annule.</translation>
    </message>
    <message>
        <source>The notice has no text in "%1".</source>
        <translation>L'avis n'a pas de texte en « %1 ».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Unknown command "%1". Run allo-cli --help to see the commands.</source>
        <translation>Commande inconnue « %1 ». Lancez allo-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>Allo Industrie publishing console, command line.

Commands:
  validate [--json] FILE…   check notices
  template TYPE             print a draft notice
  render --channel C FILE   print a channel's output
  count --channel C         count stdin for a channel
  queue ACTION …            the outbox (queue --help)
  drafts list [--search T]  the profile's notices
  journal verify            check the journal</source>
        <translation>Console de publication Allo Industrie, en ligne de commande.

Commandes :
  validate [--json] FICHIER…   vérifier des avis
  template TYPE                afficher un brouillon d'avis
  render --channel C FICHIER   afficher ce que publie un canal
  count --channel C            compter l'entrée standard pour un canal
  queue ACTION …               la file d'attente (queue --help)
  drafts list [--search T]     les avis du profil
  journal verify               vérifier le journal</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>CountCommand</name>
    <message>
        <source>The channel to count for: x, mastodon, sms or hotline.</source>
        <translation>Le canal pour lequel compter : x, mastodon, sms ou hotline.</translation>
    </message>
    <message>
        <source>Give --channel x, mastodon, sms or hotline.</source>
        <translation>Indiquez --channel x, mastodon, sms ou hotline.</translation>
    </message>
    <message>
        <source>Cannot read the standard input: %1</source>
        <translation>Impossible de lire l'entrée standard : %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secure storage is available (%1). You stay signed in until the console closes; nothing is written to disk.</source>
        <translation>Aucun stockage sécurisé n'est disponible (%1). Vous restez connecté jusqu'à la fermeture de la console ; rien n'est écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot use its write-ahead log here (journal mode "%2"). Put the profile on a local disk with --profile.</source>
        <translation>La base de données %1 ne peut pas utiliser son journal d'écriture ici (mode « %2 »). Placez le profil sur un disque local avec --profile.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Nothing was changed. Close the other program and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Rien n'a été modifié. Fermez l'autre programme et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing (%2). Check that its folder exists and that you may write in it, or choose another profile with --profile.</source>
        <translation>La base de données %1 ne peut pas être ouverte en écriture (%2). Vérifiez que son dossier existe et que vous pouvez y écrire, ou choisissez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient %1 est plein. Rien n'a été modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>La base de données %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>The disk could not read or write %1 (%2). Nothing was changed. Check the disk and try again.</source>
        <translation>Le disque n'a pas pu lire ou écrire %1 (%2). Rien n'a été modifié. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>La base de données %1 a signalé une erreur : %2</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Cannot create the folder %1: choose another one.</source>
        <translation>Impossible de créer le dossier %1 : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The notice has no id, so it cannot be saved. Give it one (a UUID), or start from a template.</source>
        <translation>L'avis n'a pas d'identifiant, il ne peut donc pas être enregistré. Donnez-lui-en un (un UUID) ou partez d'un modèle.</translation>
    </message>
</context>
<context>
    <name>DraftsCommand</name>
    <message>
        <source>Print the notices as JSON.</source>
        <translation>Afficher les avis en JSON.</translation>
    </message>
    <message>
        <source>Only notices whose text, company, site or commune hold these words (accents do not matter).</source>
        <translation>Seulement les avis dont le texte, l'entreprise, le site ou la commune contiennent ces mots (sans tenir compte des accents).</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>Only this territory.</source>
        <translation>Seulement ce territoire.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Only this type.</source>
        <translation>Seulement ce type.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Only this status.</source>
        <translation>Seulement ce statut.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>Only this state: draft, queued, published, ended, cancelled, conflict or failed.</source>
        <translation>Seulement cet état : draft, queued, published, ended, cancelled, conflict ou failed.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>List the notices.</source>
        <translation>Lister les avis.</translation>
    </message>
    <message>
        <source>Use: allo-cli drafts list [--json] [--search TEXT] [--territory ID] [--type TYPE] [--status STATUS] [--state STATE]</source>
        <translation>Utilisation : allo-cli drafts list [--json] [--search TEXTE] [--territory ID] [--type TYPE] [--status STATUT] [--state ÉTAT]</translation>
    </message>
</context>
<context>
    <name>EffectButtons</name>
    <message>
        <source>Effect: %1</source>
        <translation>Effet : %1</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Unknown fault "%1": use reset, http500, http503, http429, garbage, slow or drop-after-commit.</source>
        <translation>Panne inconnue « %1 » : utilisez reset, http500, http503, http429, garbage, slow ou drop-after-commit.</translation>
    </message>
    <message>
        <source>slow takes a probability and milliseconds, e.g. slow=0.05:3000.</source>
        <translation>slow prend une probabilité et des millisecondes, par exemple slow=0.05:3000.</translation>
    </message>
    <message>
        <source>The probability of %1 must be between 0 and 1.</source>
        <translation>La probabilité de %1 doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The faults' probabilities add up to more than 1.</source>
        <translation>La somme des probabilités des pannes dépasse 1.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n'est pas une base SQLite</translation>
    </message>
    <message>
        <source>the file is shorter than its header says: it was truncated</source>
        <translation>le fichier est plus court que ce qu'indique son en-tête : il a été tronqué</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be renamed to %2. Move it away yourself, then start again.</source>
        <translation>La base de données endommagée %1 n'a pas pu être renommée en %2. Déplacez-la vous-même, puis relancez.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation>L'entrée %1 manque : elle a été supprimée.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>L'entrée %1 ne fait pas suite à l'entrée précédente.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>L'entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: the newest entries were removed.</source>
        <translation>Le journal s'arrête à l'entrée %1, mais l'entrée %2 avait été écrite : les entrées les plus récentes ont été supprimées.</translation>
    </message>
    <message>
        <source>The last entry does not match the one that was written: it was changed or replaced.</source>
        <translation>La dernière entrée ne correspond pas à celle qui avait été écrite : elle a été modifiée ou remplacée.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>Check that no journal entry was changed or removed.</source>
        <translation>Vérifier qu'aucune entrée du journal n'a été modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>Use: allo-cli journal verify</source>
        <translation>Utilisation : allo-cli journal verify</translation>
    </message>
    <message>
        <source>The journal was tampered with: %1</source>
        <translation>Le journal a été altéré : %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation><numerusform>Le journal est intact : %n entrée vérifiée.</numerusform><numerusform>Le journal est intact : %n entrées vérifiées.</numerusform></translation>
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
    <message>
        <source>&amp;New notice</source>
        <translation>&amp;Nouvel avis</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Exporter un &amp;diagnostic…</translation>
    </message>
    <message>
        <source>EXERCISE — this notice will be published as an exercise</source>
        <translation>EXERCICE — cet avis sera publié comme un exercice</translation>
    </message>
    <message>
        <source>TEST — this notice will be published as a test</source>
        <translation>TEST — cet avis sera publié comme un test</translation>
    </message>
    <message>
        <source>Choose where to save the diagnostics archive</source>
        <translation>Choisissez où enregistrer l'archive de diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics not saved</source>
        <translation>Diagnostic non enregistré</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1 — send this file to support.</source>
        <translation>Diagnostic enregistré dans %1 — envoyez ce fichier à l'assistance.</translation>
    </message>
    <message>
        <source>Draft saved at %1 (version %2)</source>
        <translation>Brouillon enregistré à %1 (version %2)</translation>
    </message>
    <message>
        <source>Draft NOT saved: %1</source>
        <translation>Brouillon NON enregistré : %1</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Le brouillon n'a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The last changes to this notice could not be written to the profile. Close anyway and lose them?</source>
        <translation>Les dernières modifications de cet avis n'ont pas pu être écrites dans le profil. Fermer quand même et les perdre ?</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 was written by a newer version of Allo Industrie (schema %2; this version knows up to %3). Nothing was changed. Install the newer version to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente d'Allo Industrie (schéma %2 ; cette version connaît jusqu'au schéma %3). Rien n'a été modifié. Installez la version la plus récente pour l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Until further notice</source>
        <translation>Jusqu'à nouvel ordre</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Par intermittence</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>+4 h</source>
        <translation>+4 h</translation>
    </message>
    <message>
        <source>Until tonight</source>
        <translation>Jusqu'à ce soir</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Texte en français</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Texte en anglais</translation>
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
    <name>Outbox</name>
    <message>
        <source>The notice %1 is not in this profile. Check its id, or the --profile you chose.</source>
        <translation>L'avis %1 n'est pas dans ce profil. Vérifiez son identifiant ou le --profile choisi.</translation>
    </message>
    <message>
        <source>The operation %1 cannot become %2 from %3.</source>
        <translation>L'opération %1 ne peut pas passer de %3 à %2.</translation>
    </message>
    <message>
        <source>There is no operation %1 in the queue. Run allo-cli queue list to see the operations.</source>
        <translation>Il n'y a pas d'opération %1 dans la file. Lancez allo-cli queue list pour voir les opérations.</translation>
    </message>
    <message>
        <source>The operation %1 was already sent to the platform; it cannot be removed or retried. End or cancel the notice instead.</source>
        <translation>L'opération %1 a déjà été envoyée à la plateforme ; elle ne peut être ni supprimée ni relancée. Terminez ou annulez plutôt l'avis.</translation>
    </message>
    <message>
        <source>The operation %1 was being sent when the program stopped, so the platform may have applied it. It cannot be removed: it will be sent again with the same key, which the platform applies at most once.</source>
        <translation>L'opération %1 était en cours d'envoi quand le programme s'est arrêté : la plateforme l'a peut-être appliquée. Elle ne peut pas être supprimée : elle sera renvoyée avec la même clé, que la plateforme n'applique qu'une fois au plus.</translation>
    </message>
    <message>
        <source>Later operations of the same notice wait behind %1. Remove those first.</source>
        <translation>Des opérations plus récentes du même avis attendent derrière %1. Supprimez-les d'abord.</translation>
    </message>
    <message>
        <source>The operation %1 is already queued; there is nothing to retry.</source>
        <translation>L'opération %1 est déjà en file d'attente ; il n'y a rien à relancer.</translation>
    </message>
    <message>
        <source>The queue could not be changed.</source>
        <translation>La file d'attente n'a pas pu être modifiée.</translation>
    </message>
</context>
<context>
    <name>PlatformAddress</name>
    <message>
        <source>No platform address is set: enter the one your CCI gave you, for example https://plateforme.allo-industrie.com.</source>
        <translation>Aucune adresse de plateforme n'est définie : saisissez celle que votre CCI vous a donnée, par exemple https://plateforme.allo-industrie.com.</translation>
    </message>
    <message>
        <source>"%1" is not a web address: write it as https://name.of.the.platform.</source>
        <translation>« %1 » n'est pas une adresse web : écrivez-la sous la forme https://nom.de.la.plateforme.</translation>
    </message>
    <message>
        <source>The platform address must use https:// (plain http is refused: it would send your password unprotected).</source>
        <translation>L'adresse de la plateforme doit utiliser https:// (le http simple est refusé : il enverrait votre mot de passe sans protection).</translation>
    </message>
    <message>
        <source>The platform address must start with https://.</source>
        <translation>L'adresse de la plateforme doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>PlatformConnection</name>
    <message>
        <source>Cannot read the CA file %1 (%2): check the path.</source>
        <translation>Impossible de lire le fichier d'autorité de certification %1 (%2) : vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate: ask for the platform's CA certificate (a file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM : demandez le certificat de l'autorité de la plateforme (un fichier qui commence par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The pin "%1" is not an SPKI SHA-256: give 44 base64 characters or 64 hexadecimal digits.</source>
        <translation>L'empreinte « %1 » n'est pas un SPKI SHA-256 : donnez 44 caractères base64 ou 64 chiffres hexadécimaux.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Numéro vert</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n part(s)</source>
        <translation><numerusform>%1 %n partie</numerusform><numerusform>%1 %n parties</numerusform></translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Keep drafts, the queue and the journal in this folder.</source>
        <translation>Conserver les brouillons, la file d'attente et le journal dans ce dossier.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>The profile %1 is in use by %2 (process %3 on %4). Close that program first, or choose another profile with --profile.</source>
        <translation>Le profil %1 est utilisé par %2 (processus %3 sur %4). Fermez d'abord ce programme ou choisissez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written to. Nothing in it was changed. Check its permissions, or choose another folder with --profile.</source>
        <translation>Impossible d'écrire dans le dossier du profil %1. Rien n'y a été modifié. Vérifiez ses droits ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>No lock file can be created in the profile folder %1. Nothing in it was changed. Check that you may write in it and that its disk is neither full nor read-only, or choose another folder with --profile.</source>
        <translation>Impossible de créer un fichier de verrou dans le dossier du profil %1. Rien n'y a été modifié. Vérifiez que vous pouvez y écrire et que son disque n'est ni plein ni en lecture seule, ou choisissez un autre dossier avec --profile.</translation>
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
    <name>PublicFeed</name>
    <message>
        <source>There is no territory "%1".</source>
        <translation>Il n'y a pas de territoire « %1 ».</translation>
    </message>
    <message>
        <source>lang must be fr or en.</source>
        <translation>lang doit valoir fr ou en.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Print the operations as JSON.</source>
        <translation>Afficher les opérations en JSON.</translation>
    </message>
    <message>
        <source>add FILE (queue a notice; prints the operation id once it is stored), list, show ID, retry ID, remove ID, export DIR.</source>
        <translation>add FICHIER (met un avis en file d'attente ; affiche l'identifiant de l'opération une fois enregistrée), list, show ID, retry ID, remove ID, export DOSSIER.</translation>
    </message>
    <message>
        <source>Use: allo-cli queue add FILE | list [--json] | show ID | retry ID | remove ID | export DIR</source>
        <translation>Utilisation : allo-cli queue add FICHIER | list [--json] | show ID | retry ID | remove ID | export DOSSIER</translation>
    </message>
    <message>
        <source>The notice was not queued: correct it, then queue it again.</source>
        <translation>L'avis n'a pas été mis en file d'attente : corrigez-le, puis remettez-le en file.</translation>
    </message>
    <message>
        <source>attempt %1, next at %2: %3</source>
        <translation>tentative %1, prochaine à %2 : %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Impossible de créer le dossier %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing else was written.</source>
        <translation>Impossible d'écrire %1 : %2. Rien d'autre n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) written to %1.</source>
        <translation><numerusform>%n opération écrite dans %1.</numerusform><numerusform>%n opérations écrites dans %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Prints what a channel would publish for the notice: in French, or in the language --lang names.</source>
        <translation>Affiche ce qu'un canal publierait pour l'avis : en français, ou dans la langue indiquée par --lang.</translation>
    </message>
    <message>
        <source>Channel: web, hotline, x, mastodon, sms or cap.</source>
        <translation>Canal : web, hotline, x, mastodon, sms ou cap.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>The platform's revision of the notice (default: 1).</source>
        <translation>La révision de l'avis sur la plateforme (par défaut : 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>cap: the previous revision's "sender,identifier,sent"; makes the alert an Update.</source>
        <translation>cap : le « sender,identifier,sent » de la révision précédente ; fait de l'alerte une mise à jour (Update).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>cap: cancel the revision named by --references instead of publishing.</source>
        <translation>cap : annuler la révision désignée par --references au lieu de publier.</translation>
    </message>
    <message>
        <source>The notice file (JSON).</source>
        <translation>Le fichier de l'avis (JSON).</translation>
    </message>
    <message>
        <source>Usage: allo-cli render --channel CHANNEL [--lang fr|en] FILE</source>
        <translation>Utilisation : allo-cli render --channel CANAL [--lang fr|en] FICHIER</translation>
    </message>
    <message>
        <source>Over the limit: %1 for at most %2.</source>
        <translation>Limite dépassée : %1 pour %2 au maximum.</translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <source>The body has %1 bytes; the limit is %2.</source>
        <translation>Le corps de la requête fait %1 octets ; la limite est de %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation>Il n'y a pas de %1 %2 dans cette API.</translation>
    </message>
    <message>
        <source>Sign in first: the access token is missing, expired or revoked.</source>
        <translation>Connectez-vous d'abord : le jeton d'accès est absent, expiré ou révoqué.</translation>
    </message>
    <message>
        <source>The platform's database failed; nothing was applied.</source>
        <translation>La base de données de la plateforme a échoué ; rien n'a été appliqué.</translation>
    </message>
    <message>
        <source>A change needs an Idempotency-Key header of 1 to %1 printable characters.</source>
        <translation>Une modification exige un en-tête Idempotency-Key de 1 à %1 caractères imprimables.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request: use a new key for a new change.</source>
        <translation>Cette clé Idempotency-Key a servi pour une autre requête : utilisez une nouvelle clé pour une nouvelle modification.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The refresh token is unknown, used or expired: sign in again.</source>
        <translation>Le jeton de renouvellement est inconnu, déjà utilisé ou expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Unknown state "%1": use one of %2.</source>
        <translation>État inconnu « %1 » : utilisez l'un de %2.</translation>
    </message>
    <message>
        <source>since must be an ISO 8601 time with an offset.</source>
        <translation>since doit être une heure ISO 8601 avec décalage horaire.</translation>
    </message>
    <message>
        <source>The cursor is not one this API gave.</source>
        <translation>Ce curseur n'a pas été fourni par cette API.</translation>
    </message>
    <message>
        <source>limit must be between 1 and 200.</source>
        <translation>limit doit être compris entre 1 et 200.</translation>
    </message>
    <message>
        <source>You publish for %1, not for %2.</source>
        <translation>Vous publiez pour %1, pas pour %2.</translation>
    </message>
    <message>
        <source>Your account does not publish in %1.</source>
        <translation>Votre compte ne publie pas sur %1.</translation>
    </message>
    <message>
        <source>%1 has no site "%2" in %3.</source>
        <translation>%1 n'a pas de site « %2 » sur %3.</translation>
    </message>
    <message>
        <source>A notice with the id %1 exists already.</source>
        <translation>Un avis d'identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Only %1's issuers and the coordinators of %2 revise this notice.</source>
        <translation>Seuls les émetteurs de %1 et les coordinateurs de %2 peuvent réviser cet avis.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag your edit started from.</source>
        <translation>Envoyez If-Match avec l'ETag de la version à partir de laquelle vous avez modifié l'avis.</translation>
    </message>
    <message>
        <source>The notice changed since your edit started (now revision %1, %2): reload it and edit again.</source>
        <translation>L'avis a changé depuis le début de votre modification (révision %1 désormais, %2) : rechargez-le et modifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The notice is %1: it cannot be revised.</source>
        <translation>L'avis est à l'état %1 : il ne peut pas être révisé.</translation>
    </message>
    <message>
        <source>The body's id is not the id in the address.</source>
        <translation>L'identifiant du corps n'est pas celui de l'adresse.</translation>
    </message>
    <message>
        <source>A notice keeps its territory and company: submit a new one.</source>
        <translation>Un avis garde son territoire et son entreprise : soumettez-en un nouveau.</translation>
    </message>
    <message>
        <source>Only %1's issuers and the coordinators of %2 may do this.</source>
        <translation>Seuls les émetteurs de %1 et les coordinateurs de %2 peuvent le faire.</translation>
    </message>
    <message>
        <source>The notice changed since you last read it: reload it.</source>
        <translation>L'avis a changé depuis votre dernière lecture : rechargez-le.</translation>
    </message>
    <message>
        <source>The notice is %1 already.</source>
        <translation>L'avis est déjà à l'état %1.</translation>
    </message>
    <message>
        <source>Only the coordinators of %1 review its notices.</source>
        <translation>Seuls les coordinateurs de %1 examinent ses avis.</translation>
    </message>
    <message>
        <source>Name the revision you decide on.</source>
        <translation>Indiquez la révision sur laquelle vous statuez.</translation>
    </message>
    <message>
        <source>Decide approve, request_changes or reject.</source>
        <translation>Choisissez approve, request_changes ou reject.</translation>
    </message>
    <message>
        <source>Say what to change, or why it is rejected.</source>
        <translation>Dites ce qu'il faut changer, ou pourquoi l'avis est rejeté.</translation>
    </message>
    <message>
        <source>The notice has no revision %1.</source>
        <translation>L'avis n'a pas de révision %1.</translation>
    </message>
    <message>
        <source>Nobody reviews their own submission: another coordinator must decide.</source>
        <translation>Personne n'examine sa propre soumission : un autre coordinateur doit statuer.</translation>
    </message>
    <message>
        <source>Revision %1 was already decided (%2 by %3).</source>
        <translation>La révision %1 a déjà fait l'objet d'une décision (%2 par %3).</translation>
    </message>
    <message>
        <source>Revision %1 is no longer the one to decide on (the notice is at revision %2, %3).</source>
        <translation>La révision %1 n'est plus celle sur laquelle statuer (l'avis en est à la révision %2, %3).</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Injected fault: server error.</source>
        <translation>Panne simulée : erreur du serveur.</translation>
    </message>
    <message>
        <source>Injected fault: too many requests.</source>
        <translation>Panne simulée : trop de requêtes.</translation>
    </message>
    <message>
        <source>Injected fault: unavailable.</source>
        <translation>Panne simulée : service indisponible.</translation>
    </message>
    <message>
        <source>No such route.</source>
        <translation>Cette route n'existe pas.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier d'autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Certificate pin (SPKI SHA-256)</source>
        <translation>Empreinte épinglée du certificat (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Proxy (empty: the system's)</source>
        <translation>Proxy (vide : celui du système)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Hotline speaking rate (words a minute)</source>
        <translation>Débit de parole du numéro vert (mots par minute)</translation>
    </message>
    <message>
        <source>Remind me of open-ended notices every (hours)</source>
        <translation>Me rappeler les avis sans date de fin toutes les (heures)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Set by your administrator for this computer.</source>
        <translation>Défini par votre administrateur pour cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (verrouillé)</translation>
    </message>
    <message>
        <source>The platform address must start with https://, for example https://plateforme.allo-industrie.com.</source>
        <translation>L'adresse de la plateforme doit commencer par https://, par exemple https://plateforme.allo-industrie.com.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The profile folder %1 cannot be created. Check the path and its permissions, or choose another folder with --profile.</source>
        <translation>Impossible de créer le dossier du profil %1. Vérifiez le chemin et ses droits, ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written to. Nothing in it was changed. Check its permissions, or choose another folder with --profile.</source>
        <translation>Impossible d'écrire dans le dossier du profil %1. Rien n'y a été modifié. Vérifiez ses droits ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>The database was damaged (%1). It was kept, unchanged, as %2, and a new empty database was started. Drafts and queued operations that were in it are not in the new one: keep that file and ask for help to recover them.</source>
        <translation>La base de données était endommagée (%1). Elle a été conservée telle quelle sous le nom %2 et une nouvelle base vide a été créée. Les brouillons et les opérations en file qu'elle contenait ne sont pas dans la nouvelle : gardez ce fichier et demandez de l'aide pour les récupérer.</translation>
    </message>
    <message>
        <source>The database could not be checked after the last unclean stop (%1). It will be checked at the next start.</source>
        <translation>La base de données n'a pas pu être vérifiée après le dernier arrêt anormal (%1). Elle le sera au prochain démarrage.</translation>
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
    <name>UserDirectory</name>
    <message>
        <source>The users file is not a JSON object: %1.</source>
        <translation>Le fichier des utilisateurs n'est pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>Every user needs a username and a password (or password_hash).</source>
        <translation>Chaque utilisateur doit avoir un nom d'utilisateur et un mot de passe (ou password_hash).</translation>
    </message>
    <message>
        <source>User %1: the role must be issuer, coordinator or admin.</source>
        <translation>Utilisateur %1 : le rôle doit être issuer, coordinator ou admin.</translation>
    </message>
    <message>
        <source>User %1: an issuer needs a company.</source>
        <translation>Utilisateur %1 : un émetteur doit avoir une entreprise.</translation>
    </message>
    <message>
        <source>User %1: unknown territory %2.</source>
        <translation>Utilisateur %1 : territoire inconnu %2.</translation>
    </message>
    <message>
        <source>Every site needs an id, a company and a known territory.</source>
        <translation>Chaque site doit avoir un identifiant, une entreprise et un territoire connu.</translation>
    </message>
    <message>
        <source>The users file has no users.</source>
        <translation>Le fichier des utilisateurs ne contient aucun utilisateur.</translation>
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
    <message>
        <source>Save a picture of the window to this file once it is shown, then quit (for documentation and support).</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier dès son affichage, puis quitter (pour la documentation et l'assistance).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Allo Industrie console</source>
        <translation>Console Allo Industrie</translation>
    </message>
    <message>
        <source>The profile's database failed its integrity check (%1). At the next start it will be kept aside, unchanged, and a new one started. Keep working now; export diagnostics for support.</source>
        <translation>La base de données du profil a échoué au contrôle d'intégrité (%1). Au prochain démarrage, elle sera mise de côté sans modification et une nouvelle base sera créée. Continuez à travailler ; exportez un diagnostic pour l'assistance.</translation>
    </message>
</context>
</TS>