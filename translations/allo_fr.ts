<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountSync</name>
    <message>
        <source>The account&apos;s territories and sites could not be updated (%1): the ones kept from the last time are used.</source>
        <translation>Les territoires et sites du compte n&apos;ont pas pu être mis à jour (%1)&#xa0;: ceux enregistrés la dernière fois sont utilisés.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer to %1 has no list of items: the territories and sites kept from the last time are used.</source>
        <translation>La réponse de la plateforme à %1 ne contient pas de liste d&apos;éléments&#xa0;: les territoires et sites enregistrés la dernière fois sont utilisés.</translation>
    </message>
    <message>
        <source>The account&apos;s territories and sites could not be saved in the profile: check the free disk space.</source>
        <translation>Les territoires et sites du compte n&apos;ont pas pu être enregistrés dans le profil&#xa0;: vérifiez l&apos;espace libre sur le disque.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The platform did not answer within %1 seconds.</source>
        <translation>La plateforme n&apos;a pas répondu en %1 secondes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is larger than %1 MB: it was refused.</source>
        <translation>La réponse de la plateforme dépasse %1&#xa0;Mo&#xa0;: elle a été refusée.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused (%1). Check the platform address, the CA file and the computer&apos;s date.</source>
        <translation>Le certificat de la plateforme a été refusé (%1). Vérifiez l&apos;adresse de la plateforme, le fichier d&apos;autorité de certification et la date de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The platform cannot be reached (%1).</source>
        <translation>La plateforme est injoignable (%1).</translation>
    </message>
    <message>
        <source>The platform answered %1 with something that is not JSON (%2).</source>
        <translation>La plateforme a répondu %1 avec un contenu qui n&apos;est pas du JSON (%2).</translation>
    </message>
    <message>
        <source>The platform answered with the error %1.</source>
        <translation>La plateforme a répondu par l&apos;erreur %1.</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>Cannot write the training certificate file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de certificat d&apos;entraînement %1.</translation>
    </message>
    <message>
        <source>Cannot make the training certificate authority.</source>
        <translation>Impossible de créer l&apos;autorité de certification d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Cannot make the training server certificate.</source>
        <translation>Impossible de créer le certificat du serveur d&apos;entraînement.</translation>
    </message>
</context>
<context>
    <name>ChannelOverrides</name>
    <message>
        <source>X post</source>
        <translation>Publication X</translation>
    </message>
    <message>
        <source>Mastodon post</source>
        <translation>Publication Mastodon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (too long)</source>
        <translation>%1 (dépasse la limite)</translation>
    </message>
    <message>
        <source>Text for %1 instead of the composed post</source>
        <translation>Texte pour %1 à la place de la publication générée</translation>
    </message>
    <message>
        <source>Empty: the post composed from the notice</source>
        <translation>Vide&#xa0;: la publication générée à partir de l&apos;avis</translation>
    </message>
    <message>
        <source>Offer a shortened post</source>
        <translation>Proposer une publication raccourcie</translation>
    </message>
    <message>
        <source>Offer a shortened %1</source>
        <translation>Proposer une version raccourcie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hotline script</source>
        <translation>Message du numéro vert</translation>
    </message>
    <message>
        <source>Text the hotline says after its introduction, instead of the notice&apos;s text</source>
        <translation>Texte lu par le numéro vert après l&apos;introduction, à la place du texte de l&apos;avis</translation>
    </message>
    <message>
        <source>Start from the notice&apos;s text</source>
        <translation>Reprendre le texte de l&apos;avis</translation>
    </message>
    <message>
        <source>Start the hotline script from the notice&apos;s text</source>
        <translation>Rédiger le message du numéro vert à partir du texte de l&apos;avis</translation>
    </message>
    <message>
        <source>%1 (too long in English)</source>
        <translation>%1 (dépasse la limite en anglais)</translation>
    </message>
    <message>
        <source>%1 (too long in French)</source>
        <translation>%1 (dépasse la limite en français)</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the texts for one channel</source>
        <translation>Langue des textes pour un canal</translation>
    </message>
    <message>
        <source>Empty: the notice&apos;s text in this language. The introduction, the period and the test or exercise mark are always said.</source>
        <translation>Vide&#xa0;: le texte de l&apos;avis dans cette langue. L&apos;introduction, la période et la mention de test ou d&apos;exercice sont toujours dites.</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Le garder tel quel</translation>
    </message>
    <message>
        <source>Keep this text as it is: it still agrees with the notice&apos;s text</source>
        <translation>Garder ce texte tel quel&#xa0;: il concorde toujours avec le texte de l&apos;avis</translation>
    </message>
</context>
<context>
    <name>ChannelRenderer</name>
    <message>
        <source>Unknown channel &quot;%1&quot;: use web, hotline, x, mastodon, sms or cap.</source>
        <translation>Canal inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez web, hotline, x, mastodon, sms ou cap.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;.</source>
        <translation>Territoire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The time of sending is missing.</source>
        <translation>L&apos;heure d&apos;envoi manque.</translation>
    </message>
    <message>
        <source>A cancellation needs the reference of the alert it cancels.</source>
        <translation>Une annulation doit indiquer la référence de l&apos;alerte qu&apos;elle annule.</translation>
    </message>
    <message>
        <source>The notice has no text in &quot;%1&quot;.</source>
        <translation>L&apos;avis n&apos;a pas de texte en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run allo-cli --help to see the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez allo-cli --help pour voir les commandes.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allo Industrie publishing console, command line.

Commands:
  validate [--json] FILE…   check notices
  template TYPE             print a draft notice
  render --channel C FILE   print a channel&apos;s output
  shorten --channel C FILE  a post cut to fit C
  count --channel C         count stdin for a channel
  queue ACTION …            the outbox (queue --help)
  drafts list [--search T]  the profile&apos;s notices
  journal verify            check the journal
  review ACTION …           the CCI review queue
  login --api URL USER      sign in to the platform
  logout                    sign out
  whoami                    who is signed in
  diagnostics DIR           an archive for support</source>
        <translation>Console de publication Allo Industrie, en ligne de commande.

Commandes&#xa0;:
  validate [--json] FICHIER…   vérifier des avis
  template TYPE                afficher un brouillon d&apos;avis
  render --channel C FICHIER   afficher ce que publie un canal
  shorten --channel C FICHIER  une publication raccourcie pour C
  count --channel C            compter l&apos;entrée standard pour un canal
  queue ACTION …               la file d&apos;attente (queue --help)
  drafts list [--search T]     les avis du profil
  journal verify               vérifier le journal
  review ACTION …              la file d&apos;examen de la CCI
  login --api URL UTILISATEUR  se connecter à la plateforme
  logout                       se déconnecter
  whoami                       afficher qui est connecté
  diagnostics DOSSIER          une archive pour l&apos;assistance</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The proxy %1 asks who you are. User name: </source>
        <translation>Le proxy %1 demande qui vous êtes. Nom d&apos;utilisateur&#xa0;: </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Not signed in: run allo-cli login --api URL USER.</source>
        <translation>Non connecté&#xa0;: lancez allo-cli login --api URL UTILISATEUR.</translation>
    </message>
    <message>
        <source>The keychain or the platform did not answer in time: try again.</source>
        <translation>Le trousseau ou la plateforme n&apos;a pas répondu à temps&#xa0;: réessayez.</translation>
    </message>
</context>
<context>
    <name>CliStore</name>
    <message>
        <source>Warning: %1.</source>
        <translation>Attention&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone changed this notice on the platform after you last sent it. Compare the two versions, choose the one to publish, and it is sent again.</source>
        <translation>Quelqu&apos;un a modifié cet avis sur la plateforme depuis votre dernier envoi. Comparez les deux versions et choisissez celle à publier&#xa0;: elle sera renvoyée.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>The platform&apos;s version</source>
        <translation>Version de la plateforme</translation>
    </message>
    <message>
        <source>Text (French)</source>
        <translation>Texte (français)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Texte (anglais)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Keep mine: publish my version over the platform&apos;s</source>
        <translation>&amp;Garder la mienne&#xa0;: publier ma version à la place de celle de la plateforme</translation>
    </message>
    <message>
        <source>&amp;Take the platform&apos;s: drop my changes</source>
        <translation>&amp;Prendre celle de la plateforme&#xa0;: abandonner mes modifications</translation>
    </message>
    <message>
        <source>&amp;Merge: my version with the French text below</source>
        <translation>&amp;Fusionner&#xa0;: ma version, avec le texte français ci-dessous</translation>
    </message>
    <message>
        <source>Merged French text</source>
        <translation>Texte français fusionné</translation>
    </message>
    <message>
        <source>Your period, effects and English text are kept; copy what you need from the platform&apos;s text into this one.</source>
        <translation>Votre période, vos effets et votre texte anglais sont conservés&#xa0;; copiez dans ce texte ce qu&apos;il vous faut de celui de la plateforme.</translation>
    </message>
    <message>
        <source>Send this version</source>
        <translation>Envoyer cette version</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (diffère)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The notice changed on the platform: %1</source>
        <translation>L&apos;avis a changé sur la plateforme&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Local profile — no platform configured</source>
        <translation>Profil local — aucune plateforme configurée</translation>
    </message>
    <message>
        <source>Notices are kept in this profile. Use File → Sign in to send them.</source>
        <translation>Les avis sont conservés dans ce profil. Utilisez Fichier → Se connecter pour les envoyer.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Online (training sandbox)</source>
        <translation>En ligne (bac à sable d&apos;entraînement)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline: notices wait in the outbox</source>
        <translation>Hors ligne&#xa0;: les avis restent en file d&apos;attente</translation>
    </message>
    <message>
        <source>Signed out: sign in to send</source>
        <translation>Déconnecté&#xa0;: connectez-vous pour envoyer</translation>
    </message>
    <message>
        <source>Platform unavailable: retrying</source>
        <translation>Plateforme indisponible&#xa0;: nouvelles tentatives en cours</translation>
    </message>
    <message>
        <source>TLS problem: nothing is sent</source>
        <translation>Problème TLS&#xa0;: rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConsolePlatform</name>
    <message>
        <source>%1 is not a training account. Use issuer.chimie, issuer.raffinerie, coord.anne or coord.bruno.</source>
        <translation>%1 n&apos;est pas un compte d&apos;entraînement. Utilisez issuer.chimie, issuer.raffinerie, coord.anne ou coord.bruno.</translation>
    </message>
    <message>
        <source>Proxy sign-in</source>
        <translation>Connexion au proxy</translation>
    </message>
    <message>
        <source>The proxy %1:%2 asks for a user name and a password. They are kept in the system keychain, never in a file.</source>
        <translation>Le proxy %1:%2 demande un nom d&apos;utilisateur et un mot de passe. Ils sont conservés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>CountCommand</name>
    <message>
        <source>The channel to count for: x, mastodon, sms or hotline.</source>
        <translation>Le canal pour lequel compter&#xa0;: x, mastodon, sms ou hotline.</translation>
    </message>
    <message>
        <source>Give --channel x, mastodon, sms or hotline.</source>
        <translation>Indiquez --channel x, mastodon, sms ou hotline.</translation>
    </message>
    <message>
        <source>Cannot read the standard input: %1</source>
        <translation>Impossible de lire l&apos;entrée standard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No secure storage is available (%1). You stay signed in until the program closes; nothing is written to disk.</source>
        <translation>Aucun stockage sécurisé n&apos;est disponible (%1). Vous restez connecté jusqu&apos;à la fermeture du programme&#xa0;; rien n&apos;est écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 cannot use its write-ahead log here (journal mode &quot;%2&quot;). Put the profile on a local disk with --profile.</source>
        <translation>La base de données %1 ne peut pas utiliser son journal d&apos;écriture ici (mode «&#xa0;%2&#xa0;»). Placez le profil sur un disque local avec --profile.</translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Nothing was changed. Close the other program and try again.</source>
        <translation>La base de données %1 est verrouillée par un autre programme. Rien n&apos;a été modifié. Fermez l&apos;autre programme et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened for writing (%2). Check that its folder exists and that you may write in it, or choose another profile with --profile.</source>
        <translation>La base de données %1 ne peut pas être ouverte en écriture (%2). Vérifiez que son dossier existe et que vous pouvez y écrire, ou choisissez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient %1 est plein. Rien n&apos;a été modifié. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation>La base de données %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>The disk could not read or write %1 (%2). Nothing was changed. Check the disk and try again.</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire %1 (%2). Rien n&apos;a été modifié. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2</source>
        <translation>La base de données %1 a signalé une erreur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This box is required: write it here, then confirm with OK.</source>
        <translation>Ce champ est obligatoire&#xa0;: remplissez-le, puis confirmez avec OK.</translation>
    </message>
    <message>
        <source>This box is required: write it here, then confirm with %1.</source>
        <translation>Ce champ est obligatoire&#xa0;: remplissez-le, puis confirmez avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Entrée pour envoyer</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Cannot create the folder %1: choose another one.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>The folder to write the diagnostics archive to.</source>
        <translation>Le dossier où écrire l&apos;archive de diagnostic.</translation>
    </message>
    <message>
        <source>Use: allo-cli diagnostics DIR</source>
        <translation>Utilisation&#xa0;: allo-cli diagnostics DOSSIER</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The notice has no id, so it cannot be saved. Give it one (a UUID), or start from a template.</source>
        <translation>L&apos;avis n&apos;a pas d&apos;identifiant, il ne peut donc pas être enregistré. Donnez-lui-en un (un UUID) ou partez d&apos;un modèle.</translation>
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
        <translation>Seulement les avis dont le texte, l&apos;entreprise, le site ou la commune contiennent ces mots (sans tenir compte des accents).</translation>
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
        <translation>Seulement cet état&#xa0;: draft, queued, published, ended, cancelled, conflict ou failed.</translation>
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
        <source>There is no notice state &quot;%1&quot;. Use one of: %2.</source>
        <translation>Il n&apos;y a pas d&apos;état d&apos;avis «&#xa0;%1&#xa0;». Utilisez l&apos;un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>First ask the platform where each notice stands and the CCI&apos;s decisions (needs allo-cli login).</source>
        <translation>Demander d&apos;abord à la plateforme où en est chaque avis et les décisions de la CCI (nécessite allo-cli login).</translation>
    </message>
    <message>
        <source>Use: allo-cli drafts list [--json] [--refresh] [--search TEXT] [--territory ID] [--type TYPE] [--status STATUS] [--state STATE]</source>
        <translation>Utilisation&#xa0;: allo-cli drafts list [--json] [--refresh] [--search TEXTE] [--territory ID] [--type TYPE] [--status STATUT] [--state ÉTAT]</translation>
    </message>
    <message>
        <source>Where the notices stand on the platform could not be refreshed: %1 The list below is as last seen.</source>
        <translation>L&apos;état des avis sur la plateforme n&apos;a pas pu être actualisé&#xa0;: %1 La liste ci-dessous est telle qu&apos;elle a été vue la dernière fois.</translation>
    </message>
</context>
<context>
    <name>EffectButtons</name>
    <message>
        <source>Effect: %1</source>
        <translation>Effet&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EspeakProgram</name>
    <message>
        <source>The hotline&apos;s voice needs the espeak-ng program, which is not installed on this machine: install the espeak-ng package (sudo apt install espeak-ng), then try again.</source>
        <translation>La voix du numéro vert a besoin du programme espeak-ng, qui n&apos;est pas installé sur cette machine&#xa0;: installez le paquet espeak-ng (sudo apt install espeak-ng), puis réessayez.</translation>
    </message>
    <message>
        <source>espeak-ng could not say the hotline script (%1): %2</source>
        <translation>espeak-ng n&apos;a pas pu dire le message du numéro vert (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer within a minute</source>
        <translation>pas de réponse en une minute</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>espeak-ng did not write the 16-bit mono WAV expected of it (%1 bytes); reinstall the espeak-ng package.</source>
        <translation>espeak-ng n&apos;a pas écrit le WAV mono 16 bits attendu (%1 octets)&#xa0;; réinstallez le paquet espeak-ng.</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>Unknown fault &quot;%1&quot;: use reset, http500, http503, http429, garbage, slow or drop-after-commit.</source>
        <translation>Panne inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez reset, http500, http503, http429, garbage, slow ou drop-after-commit.</translation>
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
        <source>The faults&apos; probabilities add up to more than 1.</source>
        <translation>La somme des probabilités des pannes dépasse 1.</translation>
    </message>
</context>
<context>
    <name>HotlineAudioCheck</name>
    <message>
        <source>The hotline audio must be sent as audio/wav, not &quot;%1&quot;. Send the file allo-cli render --channel hotline --audio writes, with Content-Type: audio/wav.</source>
        <translation>L&apos;audio du numéro vert doit être envoyé en audio/wav, pas en «&#xa0;%1&#xa0;». Envoyez le fichier qu&apos;écrit allo-cli render --channel hotline --audio, avec Content-Type&#xa0;: audio/wav.</translation>
    </message>
    <message>
        <source>The body is not a WAV file (RIFF/WAVE with a fmt and a data chunk). Send the file allo-cli render --channel hotline --audio writes.</source>
        <translation>Le corps n&apos;est pas un fichier WAV (RIFF/WAVE avec un bloc fmt et un bloc data). Envoyez le fichier qu&apos;écrit allo-cli render --channel hotline --audio.</translation>
    </message>
    <message>
        <source>The phone server plays 8000 Hz mono WAV in G.711 A-law or 16-bit PCM; this file is %1 Hz, %2 channel(s), format %3 at %4 bits. Render it again with allo-cli render --channel hotline --audio (--format alaw or pcm).</source>
        <translation>Le serveur téléphonique lit du WAV mono à 8000&#xa0;Hz en G.711 loi A ou en PCM 16&#xa0;bits&#xa0;; ce fichier est à %1&#xa0;Hz, %2&#xa0;canal(aux), format %3 sur %4&#xa0;bits. Produisez-le à nouveau avec allo-cli render --channel hotline --audio (--format alaw ou pcm).</translation>
    </message>
    <message>
        <source>The WAV file holds no sound (its data chunk is empty). Render it again.</source>
        <translation>Le fichier WAV ne contient aucun son (son bloc data est vide). Produisez-le à nouveau.</translation>
    </message>
    <message>
        <source>The hotline audio lasts %1 s; callers should not have to listen for more than %2 s. Shorten the script and send the audio again.</source>
        <translation>L&apos;audio du numéro vert dure %1&#xa0;s&#xa0;; les appelants ne devraient pas avoir à écouter plus de %2&#xa0;s. Raccourcissez le script et renvoyez l&apos;audio.</translation>
    </message>
</context>
<context>
    <name>HotlineAudioQueue</name>
    <message>
        <source>The notice is queued without its hotline audio (%1); the phone line reads its script with the phone server&apos;s own voice.</source>
        <translation>L&apos;avis est mis dans la boîte d&apos;envoi sans son audio du numéro vert (%1)&#xa0;; la ligne lit son script avec la voix propre au serveur téléphonique.</translation>
    </message>
</context>
<context>
    <name>HotlinePlayer</name>
    <message>
        <source>This build of the console cannot play the hotline audio: export it (File menu) to listen to it elsewhere.</source>
        <translation>Cette version de la console ne peut pas lire l&apos;audio du numéro vert&#xa0;: exportez-le (menu Fichier) pour l&apos;écouter ailleurs.</translation>
    </message>
    <message>
        <source>This computer has no audio output: export the hotline audio (File menu) to listen to it elsewhere.</source>
        <translation>Aucune sortie audio sur cet ordinateur&#xa0;: exportez le message du numéro vert (menu Fichier) pour l&apos;écouter ailleurs.</translation>
    </message>
    <message>
        <source>The hotline audio is not an 8 kHz WAV file the console can play: export it (File menu) to check it elsewhere.</source>
        <translation>L&apos;audio du numéro vert n&apos;est pas un fichier WAV à 8&#xa0;kHz que la console sait lire&#xa0;: exportez-le (menu Fichier) pour le vérifier ailleurs.</translation>
    </message>
    <message>
        <source>The hotline audio could not be played on this computer&apos;s audio output: export it (File menu) to listen to it elsewhere.</source>
        <translation>L&apos;audio du numéro vert n&apos;a pas pu être lu sur la sortie audio de cet ordinateur&#xa0;: exportez-le (menu Fichier) pour l&apos;écouter ailleurs.</translation>
    </message>
</context>
<context>
    <name>HotlineVoice</name>
    <message>
        <source>The hotline&apos;s voice is not available on this system (the Windows build has no eSpeak NG): the hotline&apos;s length shown is the estimate.</source>
        <translation>La voix du numéro vert n&apos;est pas disponible sur ce système (la version Windows n&apos;a pas eSpeak NG)&#xa0;: la durée affichée du message est une estimation.</translation>
    </message>
    <message>
        <source>The hotline speaks French or English, not &quot;%1&quot;.</source>
        <translation>Le numéro vert parle français ou anglais, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The voice at %1 Hz could not be converted to the telephone&apos;s 8 kHz.</source>
        <translation>La voix à %1&#xa0;Hz n&apos;a pas pu être convertie aux 8&#xa0;kHz du téléphone.</translation>
    </message>
    <message>
        <source>Could not write the audio to %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;audio dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n&apos;est pas une base SQLite</translation>
    </message>
    <message>
        <source>the file is shorter than its header says: it was truncated</source>
        <translation>le fichier est plus court que ce qu&apos;indique son en-tête&#xa0;: il a été tronqué</translation>
    </message>
    <message>
        <source>The damaged database %1 could not be renamed to %2. Move it away yourself, then start again.</source>
        <translation>La base de données endommagée %1 n&apos;a pas pu être renommée en %2. Déplacez-la vous-même, puis relancez.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Entry %1 is missing: it was removed.</source>
        <translation>L&apos;entrée %1 manque&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>L&apos;entrée %1 ne fait pas suite à l&apos;entrée précédente.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>L&apos;entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but entry %2 was written: the newest entries were removed.</source>
        <translation>Le journal s&apos;arrête à l&apos;entrée %1, mais l&apos;entrée %2 avait été écrite&#xa0;: les entrées les plus récentes ont été supprimées.</translation>
    </message>
    <message>
        <source>The last entry does not match the one that was written: it was changed or replaced.</source>
        <translation>La dernière entrée ne correspond pas à celle qui avait été écrite&#xa0;: elle a été modifiée ou remplacée.</translation>
    </message>
    <message>
        <source>The journal ends at entry %1, but the anchor kept in the keychain records entry %2: entries were removed, or the journal was emptied.</source>
        <translation>Le journal s&apos;arrête à l&apos;entrée %1, mais l&apos;ancre conservée dans le trousseau enregistre l&apos;entrée %2&#xa0;: des entrées ont été supprimées, ou le journal a été vidé.</translation>
    </message>
    <message>
        <source>Entry %1 does not match the anchor kept in the keychain: the journal was rewritten up to it.</source>
        <translation>L&apos;entrée %1 ne correspond pas à l&apos;ancre conservée dans le trousseau&#xa0;: le journal a été réécrit jusqu&apos;à elle.</translation>
    </message>
    <message>
        <source>Entry %1 changed before the journal&apos;s key arrived: it is left as it is. Run allo-cli journal verify.</source>
        <translation>L&apos;entrée %1 a été modifiée avant l&apos;arrivée de la clé du journal&#xa0;: elle est laissée telle quelle. Lancez allo-cli journal verify.</translation>
    </message>
</context>
<context>
    <name>JournalAnchor</name>
    <message>
        <source>it did not answer within %1 seconds</source>
        <translation>il n&apos;a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>the journal no longer matches the anchor kept in the keychain: it was changed outside this program. The anchor stays as it is, as evidence; run allo-cli journal verify</source>
        <translation>le journal ne correspond plus à l&apos;ancre conservée dans le trousseau&#xa0;: il a été modifié en dehors de ce programme. L&apos;ancre reste telle quelle, comme preuve&#xa0;; lancez allo-cli journal verify</translation>
    </message>
    <message>
        <source>no keychain is available (%1)</source>
        <translation>aucun trousseau n&apos;est disponible (%1)</translation>
    </message>
    <message>
        <source>the keychain&apos;s entry %1 is not a journal anchor</source>
        <translation>l&apos;entrée %1 du trousseau n&apos;est pas une ancre de journal</translation>
    </message>
    <message>
        <source>the keychain holds no anchor for this profile yet (allo-console and allo-cli make it the first time they open the profile with a keychain)</source>
        <translation>le trousseau ne contient pas encore d&apos;ancre pour ce profil (allo-console et allo-cli la créent la première fois qu&apos;ils ouvrent le profil avec un trousseau)</translation>
    </message>
    <message>
        <source>Not anchored: %1. Only the chain inside the file was checked: whoever can write the profile&apos;s file could have rewritten the journal, removed its newest entries or emptied it.</source>
        <translation>Non ancré&#xa0;: %1. Seule la chaîne contenue dans le fichier a été vérifiée&#xa0;: quiconque peut écrire le fichier du profil aurait pu réécrire le journal, en supprimer les dernières entrées ou le vider.</translation>
    </message>
    <message>
        <source>Entries 1 to %1 were written before the journal had its key: the anchor made on %2 holds them, but a change made to them before then would not show.</source>
        <translation>Les entrées 1 à %1 ont été écrites avant que le journal ait sa clé&#xa0;: l&apos;ancre créée le %2 les garantit, mais une modification faite avant cette date ne se verrait pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n later entries were written without the key (by a program that had no keychain, the newest is entry %1): only the anchor, once it moved past them, protects them.</source>
        <translation>
            <numerusform>%n entrée ultérieure a été écrite sans la clé (par un programme qui n&apos;avait pas de trousseau&#xa0;; la plus récente est l&apos;entrée %1)&#xa0;: seule l&apos;ancre, une fois passée au-delà, la protège.</numerusform>
            <numerusform>%n entrées ultérieures ont été écrites sans la clé (par un programme qui n&apos;avait pas de trousseau&#xa0;; la plus récente est l&apos;entrée %1)&#xa0;: seule l&apos;ancre, une fois passée au-delà, les protège.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries %1 to %2 come after the anchor (the program stopped before it could move it): their removal would not show.</source>
        <translation>Les entrées %1 à %2 viennent après l&apos;ancre (le programme s&apos;est arrêté avant de pouvoir la déplacer)&#xa0;: leur suppression ne se verrait pas.</translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message>
        <source>Check that no journal entry was changed or removed.</source>
        <translation>Vérifier qu&apos;aucune entrée du journal n&apos;a été modifiée ni supprimée.</translation>
    </message>
    <message>
        <source>Use: allo-cli journal verify</source>
        <translation>Utilisation&#xa0;: allo-cli journal verify</translation>
    </message>
    <message>
        <source>The journal was tampered with: %1</source>
        <translation>Le journal a été altéré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s chain is consistent: %n entries checked.</source>
        <translation>
            <numerusform>La chaîne du journal est cohérente&#xa0;: %n entrée vérifiée.</numerusform>
            <numerusform>La chaîne du journal est cohérente&#xa0;: %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked against the anchor kept in the keychain.</source>
        <translation>
            <numerusform>Le journal est intact&#xa0;: %n entrée vérifiée par rapport à l&apos;ancre conservée dans le trousseau.</numerusform>
            <numerusform>Le journal est intact&#xa0;: %n entrées vérifiées par rapport à l&apos;ancre conservée dans le trousseau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveNowModel</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Public revision</source>
        <translation>Révision publiée</translation>
    </message>
    <message>
        <source>%1 (revision %2 awaits review)</source>
        <translation>%1 (révision %2 en attente d&apos;examen)</translation>
    </message>
</context>
<context>
    <name>LiveNowView</name>
    <message>
        <source>Live now</source>
        <translation>Avis en cours</translation>
    </message>
    <message>
        <source>Notices published now</source>
        <translation>Avis actuellement publiés</translation>
    </message>
    <message>
        <source>Reason for ending or cancelling</source>
        <translation>Motif de la fin ou de l&apos;annulation</translation>
    </message>
    <message>
        <source>Why it is taken down (required)</source>
        <translation>Motif du retrait (obligatoire)</translation>
    </message>
    <message>
        <source>End the selected notice now</source>
        <translation>Terminer maintenant l&apos;avis sélectionné</translation>
    </message>
    <message>
        <source>Cancel the selected notice</source>
        <translation>Annuler l&apos;avis sélectionné</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>M&amp;otif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;d now</source>
        <translation>&amp;Terminer maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel notice</source>
        <translation>A&amp;nnuler l&apos;avis</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message numerus="yes">
        <source>%n site(s) of the account kept in the profile for offline use.</source>
        <translation>
            <numerusform>%n site du compte conservé dans le profil pour travailler hors ligne.</numerusform>
            <numerusform>%n sites du compte conservés dans le profil pour travailler hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s address, e.g. https://plateforme.example.</source>
        <translation>L&apos;adresse de la plateforme, par exemple https://plateforme.example.</translation>
    </message>
    <message>
        <source>A PEM file with the platform&apos;s CA certificate, if your administrator gave you one.</source>
        <translation>Un fichier PEM contenant le certificat de l&apos;autorité de certification de la plateforme, si votre administrateur vous en a fourni un.</translation>
    </message>
    <message>
        <source>The platform key&apos;s SPKI SHA-256 (base64 or hexadecimal).</source>
        <translation>L&apos;empreinte SPKI SHA-256 de la clé de la plateforme (base64 ou hexadécimal).</translation>
    </message>
    <message>
        <source>Your user name on the platform.</source>
        <translation>Votre nom d&apos;utilisateur sur la plateforme.</translation>
    </message>
    <message>
        <source>Use: allo-cli login --api URL [--ca FILE] [--pin SHA256] USER</source>
        <translation>Utilisation&#xa0;: allo-cli login --api URL [--ca FICHIER] [--pin SHA256] UTILISATEUR</translation>
    </message>
    <message>
        <source>Your administrator set %1 to &quot;%2&quot; for this computer: leave the option out, or ask them to change it.</source>
        <translation>Votre administrateur a fixé %1 à «&#xa0;%2&#xa0;» pour cet ordinateur&#xa0;: retirez cette option, ou demandez-lui de modifier ce réglage.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <translation>Mot de passe de %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>No password was given: type it at the prompt, or pipe it on standard input.</source>
        <translation>Aucun mot de passe n&apos;a été fourni&#xa0;: saisissez-le à l&apos;invite, ou transmettez-le par l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>allo-cli keeps no sign-in without a keychain: unlock or install one (GNOME Keyring, KWallet, Windows Credential Manager), then log in again.</source>
        <translation>allo-cli ne conserve aucune session sans trousseau&#xa0;: déverrouillez-en un ou installez-en un (GNOME Keyring, KWallet, Gestionnaire d&apos;identification Windows), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4%5).</source>
        <translation>Connecté à %1 en tant que %2 (%3, %4%5).</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>%1 is signed out of %2.</source>
        <translation>%1 est déconnecté de %2.</translation>
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
        <source>&amp;About Allo Industrie console</source>
        <translation>À &amp;propos de la console Allo Industrie</translation>
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
        <source>Choose where to save the diagnostics archive</source>
        <translation>Choisissez où enregistrer l&apos;archive de diagnostic</translation>
    </message>
    <message>
        <source>Diagnostics not saved</source>
        <translation>Diagnostic non enregistré</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1 — send this file to support.</source>
        <translation>Diagnostic enregistré dans %1 — envoyez ce fichier à l&apos;assistance.</translation>
    </message>
    <message>
        <source>Draft saved at %1 (version %2)</source>
        <translation>Brouillon enregistré à %1 (version %2)</translation>
    </message>
    <message>
        <source>Draft NOT saved: %1</source>
        <translation>Brouillon NON enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The last changes to this notice could not be written to the profile. Close anyway and lose them?</source>
        <translation>Les dernières modifications de cet avis n&apos;ont pas pu être écrites dans le profil. Fermer quand même et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Allo Industrie console</source>
        <translation>Console Allo Industrie</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Notice</source>
        <translation>A&amp;vis</translation>
    </message>
    <message>
        <source>&amp;End now…</source>
        <translation>&amp;Terminer maintenant…</translation>
    </message>
    <message>
        <source>&amp;Cancel the notice…</source>
        <translation>&amp;Annuler l&apos;avis…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>TRAINING — nothing is published: this console sends to the training sandbox</source>
        <translation>ENTRAÎNEMENT — rien n&apos;est publié&#xa0;: cette console envoie au bac à sable d&apos;entraînement</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) published at once await your review.</source>
        <translation>
            <numerusform>%n incident publié immédiatement attend votre examen.</numerusform>
            <numerusform>%n incidents publiés immédiatement attendent votre examen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) await your review.</source>
        <translation>
            <numerusform>%n nouvelle soumission attend votre examen.</numerusform>
            <numerusform>%n nouvelles soumissions attendent votre examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File d&apos;examen</translation>
    </message>
    <message>
        <source>&amp;Send the update…</source>
        <translation>&amp;Envoyer la mise à jour…</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Avis envoyé</translation>
    </message>
    <message>
        <source>Notice refused by the platform</source>
        <translation>Avis refusé par la plateforme</translation>
    </message>
    <message>
        <source>Notice in conflict</source>
        <translation>Avis en conflit</translation>
    </message>
    <message>
        <source>It changed on the platform; open it to choose a version.</source>
        <translation>Il a été modifié sur la plateforme&#xa0;; ouvrez-le pour choisir une version.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) published until further notice are still live. End them when the event is over.</source>
        <translation>
            <numerusform>%n avis publié jusqu&apos;à nouvel ordre est toujours en ligne. Terminez-le quand l&apos;événement est fini.</numerusform>
            <numerusform>%n avis publiés jusqu&apos;à nouvel ordre sont toujours en ligne. Terminez-les quand l&apos;événement est fini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still live</source>
        <translation>Toujours en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have not reached the platform yet. They are kept in the outbox of this profile (%1) and will be sent the next time the console starts and the platform can be reached.</source>
        <translation>
            <numerusform>%n opération n&apos;a pas encore atteint la plateforme. Elle est conservée dans la file d&apos;attente de ce profil (%1) et sera envoyée au prochain démarrage de la console, dès que la plateforme sera joignable.</numerusform>
            <numerusform>%n opérations n&apos;ont pas encore atteint la plateforme. Elles sont conservées dans la file d&apos;attente de ce profil (%1) et seront envoyées au prochain démarrage de la console, dès que la plateforme sera joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsent work</source>
        <translation>Travail non envoyé</translation>
    </message>
    <message>
        <source>Close the console now?</source>
        <translation>Fermer la console maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in conflict or refused by the platform wait for you in the outbox; they are not sent again by themselves.</source>
        <translation>
            <numerusform>%n opération en conflit ou refusée par la plateforme vous attend dans la file d&apos;attente&#xa0;; elle ne sera pas renvoyée d&apos;elle-même.</numerusform>
            <numerusform>%n opérations en conflit ou refusées par la plateforme vous attendent dans la file d&apos;attente&#xa0;; elles ne seront pas renvoyées d&apos;elles-mêmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in is not possible here: in training the console signs in to the sandbox by itself; restart it to sign in again.</source>
        <translation>Impossible de se connecter ici&#xa0;: en entraînement, la console se connecte d&apos;elle-même au bac à sable&#xa0;; redémarrez-la pour vous reconnecter.</translation>
    </message>
    <message>
        <source>Where the notices stand on the platform could not be refreshed: %1</source>
        <translation>L&apos;état des avis sur la plateforme n&apos;a pas pu être actualisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision of the CCI</source>
        <translation>Décision de la CCI</translation>
    </message>
    <message>
        <source>It will not be published; write a new notice if the event still needs one.</source>
        <translation>Il ne sera pas publié&#xa0;; rédigez un nouvel avis si l&apos;événement en demande encore un.</translation>
    </message>
    <message>
        <source>Revise the notice below and send the update.</source>
        <translation>Modifiez l&apos;avis ci-dessous et envoyez la mise à jour.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Co&amp;mpose</source>
        <translation>&amp;Rédaction</translation>
    </message>
    <message>
        <source>Revie&amp;w and live notices</source>
        <translation>Exa&amp;men et avis en cours</translation>
    </message>
    <message>
        <source>Notice ended on %1 at %2: read only.</source>
        <translation>Avis terminé le %1 à %2&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>Notice cancelled on %1 at %2: read only.</source>
        <translation>Avis annulé le %1 à %2&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>A-law WAV, as the phone line plays it (*.wav)</source>
        <translation>WAV A-law, tel que la ligne le diffuse (*.wav)</translation>
    </message>
    <message>
        <source>16-bit PCM WAV (*.wav)</source>
        <translation>WAV PCM 16 bits (*.wav)</translation>
    </message>
    <message>
        <source>Export the hotline audio</source>
        <translation>Exporter l&apos;audio du numéro vert</translation>
    </message>
    <message>
        <source>hotline-%1.wav</source>
        <translation>numero-vert-%1.wav</translation>
    </message>
    <message>
        <source>Hotline audio not exported</source>
        <translation>Audio du numéro vert non exporté</translation>
    </message>
    <message>
        <source>Hotline audio saved to %1.</source>
        <translation>Audio du numéro vert enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export the hotline &amp;audio…</source>
        <translation>Exporter l&apos;&amp;audio du numéro vert…</translation>
    </message>
    <message>
        <source>Refresh from the &amp;platform</source>
        <translation>Actualiser depuis la &amp;plateforme</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Texte plus grand</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <source>Keep the console open</source>
        <translation>Garder la console ouverte</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database %1 was written by a newer version of Allo Industrie (schema %2; this version knows up to %3). Nothing was changed. Install the newer version to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente d&apos;Allo Industrie (schéma %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Rien n&apos;a été modifié. Installez la version la plus récente pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>The notice could not be queued: %1 It is still in the composer; try again, or export diagnostics for support.</source>
        <translation>L&apos;avis n&apos;a pas pu être mis en file d&apos;attente&#xa0;: %1 Il est toujours dans l&apos;éditeur&#xa0;; réessayez, ou exportez un diagnostic pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>Notice queued. It is sent as soon as the platform can be reached; the outbox shows where it is.</source>
        <translation>Avis mis en file d&apos;attente. Il sera envoyé dès que la plateforme sera joignable&#xa0;; la file d&apos;attente indique où il en est.</translation>
    </message>
    <message>
        <source>End queued: the notice leaves the web page, the hotline and the posts once the platform has it.</source>
        <translation>Fin mise en file d&apos;attente&#xa0;: l&apos;avis sera retiré de la page web, du numéro vert et des publications dès que la plateforme l&apos;aura reçue.</translation>
    </message>
    <message>
        <source>Cancellation queued: the platform will say the event will not take place.</source>
        <translation>Annulation mise en file d&apos;attente&#xa0;: la plateforme indiquera que l&apos;événement n&apos;aura pas lieu.</translation>
    </message>
    <message>
        <source>This notice has not reached the platform yet, so there is nothing to end or cancel. Remove it from the outbox instead.</source>
        <translation>Cet avis n&apos;a pas encore atteint la plateforme&#xa0;: il n&apos;y a donc rien à terminer ni à annuler. Retirez-le plutôt de la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Cancel the notice</source>
        <translation>Annuler l&apos;avis</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <source>The event is over.</source>
        <translation>L&apos;événement est terminé.</translation>
    </message>
    <message>
        <source>It could not be queued: %1</source>
        <translation>Impossible de le mettre en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s version cannot be fetched: no platform is configured.</source>
        <translation>Impossible de récupérer la version de la plateforme&#xa0;: aucune plateforme n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The platform&apos;s version could not be fetched: %1</source>
        <translation>La version de la plateforme n&apos;a pas pu être récupérée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The platform&apos;s version is kept; nothing is sent.</source>
        <translation>La version de la plateforme est conservée&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Your version is queued again, based on the platform&apos;s.</source>
        <translation>Votre version est remise en file d&apos;attente, sur la base de celle de la plateforme.</translation>
    </message>
    <message>
        <source>Cancel %1? It leaves every channel, marked as cancelled.</source>
        <translation>Annuler l&apos;avis «&#xa0;%1&#xa0;»&#xa0;? Il sera retiré de tous les canaux et signalé comme annulé.</translation>
    </message>
    <message>
        <source>End %1 now? It leaves every channel.</source>
        <translation>Terminer maintenant l&apos;avis «&#xa0;%1&#xa0;»&#xa0;? Il sera retiré de tous les canaux.</translation>
    </message>
    <message>
        <source>End the notice</source>
        <translation>Terminer l&apos;avis</translation>
    </message>
    <message>
        <source>Keep the notice</source>
        <translation>Garder l&apos;avis</translation>
    </message>
    <message>
        <source>&amp;Reason, shown to the public (required):</source>
        <translation>&amp;Motif, affiché au public (obligatoire)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoticeDetails</name>
    <message>
        <source>The platform has no notice %1 that you may see. Check the id with allo-cli review list.</source>
        <translation>La plateforme n&apos;a aucun avis %1 que vous puissiez consulter. Vérifiez l&apos;identifiant avec allo-cli review list.</translation>
    </message>
</context>
<context>
    <name>NoticeEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
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
        <source>Rhythm</source>
        <translation>Déroulement</translation>
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
        <translation>Jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>Intermittent</source>
        <translation>Par intermittence</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1&#xa0;h</translation>
    </message>
    <message>
        <source>+4 h</source>
        <translation>+4&#xa0;h</translation>
    </message>
    <message>
        <source>Until tonight</source>
        <translation>Jusqu&apos;à ce soir</translation>
    </message>
    <message>
        <source>French text</source>
        <translation>Texte en français</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Texte en anglais</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Texts for one channel…</source>
        <translation>Textes pour un canal…</translation>
    </message>
    <message>
        <source>Show the texts written for one channel</source>
        <translation>Afficher les textes rédigés pour un canal</translation>
    </message>
    <message>
        <source>Rewrite the period in the texts</source>
        <translation>Réécrire la période dans les textes</translation>
    </message>
    <message>
        <source>Replaces every phrase of the texts and per-channel texts that no longer says the period with the period as it is now. Ctrl+Z takes it back.</source>
        <translation>Remplace chaque formule des textes et des textes par canal qui ne correspond plus à la période par la période telle qu&apos;elle est maintenant. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>The event starts now</source>
        <translation>L&apos;événement commence maintenant</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Début maintenant</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>Entre&amp;prise</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>Si&amp;te</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>&amp;Commune</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Déb&amp;ut</translation>
    </message>
    <message>
        <source>En&amp;d</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>Effe&amp;cts</source>
        <translation>&amp;Effets</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
</context>
<context>
    <name>NoticeListFetcher</name>
    <message>
        <source>The platform answered %1 to the list of notices.</source>
        <translation>La plateforme a répondu %1 à la demande de liste des avis.</translation>
    </message>
</context>
<context>
    <name>NoticeListModel</name>
    <message>
        <source>New notice</source>
        <translation>Nouvel avis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <source>Retrying at %1 (%2)</source>
        <translation>Nouvel essai à %1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>In conflict: changed on the platform</source>
        <translation>En conflit&#xa0;: modifié sur la plateforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>jusqu&apos;à nouvel ordre</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Période&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Décision d&apos;examen</translation>
    </message>
    <message>
        <source>Waiting to %1: operation %2</source>
        <translation>%1 en attente&#xa0;: opération %2</translation>
    </message>
    <message>
        <source>Draft version %1, changed %2</source>
        <translation>Version %1 du brouillon, modifiée le %2</translation>
    </message>
    <message>
        <source>(unknown time)</source>
        <translation>(heure inconnue)</translation>
    </message>
    <message>
        <source>Waiting for sign-in: %1</source>
        <translation>En attente de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — the platform will refuse it: %2</source>
        <translation>%1 — la plateforme le refusera&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove it from the outbox, correct the notice and send it again.</source>
        <translation>Retirez-le de la file d&apos;attente, corrigez l&apos;avis et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>Sent to the platform</source>
        <translation>Transmis à la plateforme</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message>
        <source>send the hotline audio</source>
        <translation>Envoi de l&apos;audio du numéro vert</translation>
    </message>
</context>
<context>
    <name>NoticeListPanel</name>
    <message>
        <source>Queued again: it is sent as soon as the platform answers.</source>
        <translation>Remis en file d&apos;attente&#xa0;: il sera envoyé dès que la plateforme répondra.</translation>
    </message>
    <message>
        <source>Taken out of the outbox. The notice is kept: find it in the drafts, or in the history if it was already published.</source>
        <translation>Retiré de la file d&apos;attente. L&apos;avis est conservé&#xa0;: retrouvez-le dans les brouillons, ou dans l&apos;historique s&apos;il était déjà publié.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Notices: drafts, outbox, history</source>
        <translation>Avis&#xa0;: brouillons, file d&apos;attente, historique</translation>
    </message>
    <message>
        <source>Search text, company, site, commune (Ctrl+F)</source>
        <translation>Rechercher dans le texte, l&apos;entreprise, le site, la commune (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search notices</source>
        <translation>Rechercher des avis</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Send this operation again at once (Ctrl+Shift+R)</source>
        <translation>Renvoyer cette opération immédiatement (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Remove from outbox</source>
        <translation>Retirer de la file d&apos;attente</translation>
    </message>
    <message>
        <source>Take the waiting operation out of the outbox; the notice is kept (Delete)</source>
        <translation>Retirer de la file d&apos;attente l&apos;opération en attente&#xa0;; l&apos;avis est conservé (Suppr)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to the platform; the outbox then sends by itself (Ctrl+Shift+R)</source>
        <translation>Se connecter à la plateforme&#xa0;; la file d&apos;attente repart ensuite d&apos;elle-même (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>D&amp;rafts (%1)</source>
        <translation>&amp;Brouillons (%1)</translation>
    </message>
    <message>
        <source>Out&amp;box (%1)</source>
        <translation>À env&amp;oyer (%1)</translation>
    </message>
    <message>
        <source>Hist&amp;ory (%1)</source>
        <translation>&amp;Historique (%1)</translation>
    </message>
</context>
<context>
    <name>NoticeReader</name>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Ce n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>A notice must be a JSON object { … }.</source>
        <translation>Un avis doit être un objet JSON { … }.</translation>
    </message>
</context>
<context>
    <name>NoticeRowsModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1, until further notice</source>
        <translation>à partir du %1, jusqu&apos;à nouvel ordre</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The notice %1 is not in this profile. Check its id, or the --profile you chose.</source>
        <translation>L&apos;avis %1 n&apos;est pas dans ce profil. Vérifiez son identifiant ou le --profile choisi.</translation>
    </message>
    <message>
        <source>The operation %1 cannot become %2 from %3.</source>
        <translation>L&apos;opération %1 ne peut pas passer de %3 à %2.</translation>
    </message>
    <message>
        <source>There is no operation %1 in the queue. Run allo-cli queue list to see the operations.</source>
        <translation>Il n&apos;y a pas d&apos;opération %1 dans la file. Lancez allo-cli queue list pour voir les opérations.</translation>
    </message>
    <message>
        <source>The operation %1 was already sent to the platform; it cannot be removed or retried. End or cancel the notice instead.</source>
        <translation>L&apos;opération %1 a déjà été envoyée à la plateforme&#xa0;; elle ne peut être ni supprimée ni relancée. Terminez ou annulez plutôt l&apos;avis.</translation>
    </message>
    <message>
        <source>The operation %1 was being sent when the program stopped, so the platform may have applied it. It cannot be removed: it will be sent again with the same key, which the platform applies at most once.</source>
        <translation>L&apos;opération %1 était en cours d&apos;envoi quand le programme s&apos;est arrêté&#xa0;: la plateforme l&apos;a peut-être appliquée. Elle ne peut pas être supprimée&#xa0;: elle sera renvoyée avec la même clé, que la plateforme n&apos;applique qu&apos;une fois au plus.</translation>
    </message>
    <message>
        <source>Later operations of the same notice wait behind %1. Remove those first.</source>
        <translation>Des opérations plus récentes du même avis attendent derrière %1. Supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The operation %1 is already queued; there is nothing to retry.</source>
        <translation>L&apos;opération %1 est déjà en file d&apos;attente&#xa0;; il n&apos;y a rien à relancer.</translation>
    </message>
    <message>
        <source>The queue could not be changed.</source>
        <translation>La file d&apos;attente n&apos;a pas pu être modifiée.</translation>
    </message>
    <message>
        <source>Sent as %1 without a definite answer: the platform may already have applied it. Sign in as %1 to finish sending it (as another account it could be applied twice), or check on the platform whether it arrived and remove it from the outbox (Remove in the console, or allo-cli queue remove %2).</source>
        <translation>Opération envoyée en tant que %1 sans réponse certaine&#xa0;: la plateforme l&apos;a peut-être déjà appliquée. Connectez-vous en tant que %1 pour terminer l&apos;envoi (avec un autre compte, elle pourrait être appliquée deux fois), ou vérifiez sur la plateforme si elle est arrivée et retirez-la de la file d&apos;attente («&#xa0;Retirer de la file d&apos;attente&#xa0;» dans la console, ou allo-cli queue remove %2).</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Check the network connection. The outbox keeps every operation and sends it by itself when the platform answers again.</source>
        <translation>Vérifiez la connexion réseau. La file d&apos;attente conserve chaque opération et l&apos;envoie automatiquement dès que la plateforme répond à nouveau.</translation>
    </message>
    <message>
        <source>Nothing is sent until the connection can be trusted.</source>
        <translation>Rien n&apos;est envoyé tant que la connexion n&apos;est pas sûre.</translation>
    </message>
    <message>
        <source>The platform is not available (%1). The outbox tries again by itself.</source>
        <translation>La plateforme n&apos;est pas disponible (%1). La file d&apos;attente réessaie automatiquement.</translation>
    </message>
    <message>
        <source>Connected to the platform: the outbox sends by itself.</source>
        <translation>Connecté à la plateforme&#xa0;: la file d&apos;attente est envoyée automatiquement.</translation>
    </message>
    <message>
        <source>The platform ended the sign-in: sign in again. The outbox waits until then, keeping every operation.</source>
        <translation>La plateforme a mis fin à la session&#xa0;: reconnectez-vous. D&apos;ici là, la file d&apos;attente patiente et conserve chaque opération.</translation>
    </message>
    <message>
        <source>Nobody is signed in to the platform: sign in, and the outbox sends by itself.</source>
        <translation>Personne n&apos;est connecté à la plateforme&#xa0;: connectez-vous, et la file d&apos;attente sera envoyée automatiquement.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer has no revision number; the operation is sent again.</source>
        <translation>La réponse de la plateforme ne contient pas de numéro de révision&#xa0;; l&apos;opération est renvoyée.</translation>
    </message>
    <message>
        <source>The platform gave no usable answer.</source>
        <translation>La plateforme n&apos;a donné aucune réponse exploitable.</translation>
    </message>
    <message>
        <source>It waits behind %1 (%2), an earlier operation of the same notice.</source>
        <translation>Elle attend derrière %1 (%2), une opération antérieure du même avis.</translation>
    </message>
    <message>
        <source>The CCI&apos;s last comment (%1): %2</source>
        <translation>Dernier commentaire de la CCI (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlatformAddress</name>
    <message>
        <source>No platform address is set: enter the one your CCI gave you, for example https://plateforme.allo-industrie.com.</source>
        <translation>Aucune adresse de plateforme n&apos;est définie&#xa0;: saisissez celle que votre CCI vous a donnée, par exemple https://plateforme.allo-industrie.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: write it as https://name.of.the.platform.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: écrivez-la sous la forme https://nom.de.la.plateforme.</translation>
    </message>
    <message>
        <source>The platform address must use https:// (plain http is refused: it would send your password unprotected).</source>
        <translation>L&apos;adresse de la plateforme doit utiliser https:// (le http simple est refusé&#xa0;: il enverrait votre mot de passe sans protection).</translation>
    </message>
    <message>
        <source>The platform address must start with https://.</source>
        <translation>L&apos;adresse de la plateforme doit commencer par https://.</translation>
    </message>
    <message>
        <source>The platform address holds a user name or password: remove them from it (https://name.of.the.platform) and sign in with allo-cli login or the console&apos;s Sign in instead.</source>
        <translation>L&apos;adresse de la plateforme contient un nom d&apos;utilisateur ou un mot de passe&#xa0;: retirez-les de l&apos;adresse (https://nom.de.la.plateforme) et connectez-vous plutôt avec allo-cli login ou avec «&#xa0;Se connecter&#xa0;» dans la console.</translation>
    </message>
</context>
<context>
    <name>PlatformApiLevel</name>
    <message>
        <source>The platform speaks API %1, older than %2: it cannot take different texts by language for %3, and the English ones would be lost. Ask its administrator to update it, then retry; or make those texts the same in English as in French (or empty the English ones), remove this operation and send the notice again.</source>
        <translation>La plateforme utilise l&apos;API %1, antérieure à %2&#xa0;: elle ne peut pas recevoir de textes différents selon la langue pour %3, et les textes anglais seraient perdus. Demandez à son administrateur de la mettre à jour, puis réessayez&#xa0;; ou rendez ces textes identiques en anglais et en français (ou videz les textes anglais), retirez cette opération et renvoyez l&apos;avis.</translation>
    </message>
    <message>
        <source>(no version given)</source>
        <translation>(sans version indiquée)</translation>
    </message>
    <message>
        <source>The platform speaks API %1, older than %2: it cannot take the hotline&apos;s audio, so it was not sent. The notice itself was sent; the phone line reads its script with the phone server&apos;s own voice. Once the platform is updated, retry this operation.</source>
        <translation>La plateforme utilise l&apos;API %1, antérieure à %2&#xa0;: elle ne peut pas recevoir l&apos;audio du numéro vert, qui n&apos;a donc pas été envoyé. L&apos;avis lui-même a été envoyé&#xa0;; la ligne lit son script avec la voix propre au serveur téléphonique. Une fois la plateforme mise à jour, réessayez cette opération.</translation>
    </message>
</context>
<context>
    <name>PlatformConnection</name>
    <message>
        <source>Cannot read the CA file %1 (%2): check the path.</source>
        <translation>Impossible de lire le fichier d&apos;autorité de certification %1 (%2)&#xa0;: vérifiez le chemin.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate: ask for the platform&apos;s CA certificate (a file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier %1 ne contient aucun certificat PEM&#xa0;: demandez le certificat de l&apos;autorité de la plateforme (un fichier qui commence par -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The pin &quot;%1&quot; is not an SPKI SHA-256: give 44 base64 characters or 64 hexadecimal digits.</source>
        <translation>L&apos;empreinte «&#xa0;%1&#xa0;» n&apos;est pas un SPKI SHA-256&#xa0;: donnez 44 caractères base64 ou 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>A pin applies to an https:// address only: use https:// or leave the pin out.</source>
        <translation>Une empreinte épinglée ne s&apos;applique qu&apos;à une adresse https://&#xa0;: utilisez https:// ou retirez l&apos;empreinte.</translation>
    </message>
    <message>
        <source>The pin %1 is the key of the CA certificate &quot;%2&quot;, not of the platform&apos;s own certificate: pin the platform&apos;s own (leaf, server) certificate, or leave the pin out and give that CA in platform/caFile.</source>
        <translation>L&apos;empreinte épinglée %1 est la clé du certificat d&apos;autorité «&#xa0;%2&#xa0;», pas celle du certificat propre de la plateforme&#xa0;: épinglez le certificat propre de la plateforme (certificat feuille, du serveur), ou retirez l&apos;empreinte et indiquez cette autorité dans platform/caFile.</translation>
    </message>
    <message>
        <source>The pin %1 matches only a certificate further up the platform&apos;s chain, not the platform&apos;s own certificate: the connection was refused. Pin the platform&apos;s own (leaf, server) certificate, or give its CA in platform/caFile instead of a pin.</source>
        <translation>L&apos;empreinte épinglée %1 ne correspond qu&apos;à un certificat plus haut dans la chaîne présentée par la plateforme, pas au certificat propre de la plateforme&#xa0;: la connexion a été refusée. Épinglez le certificat propre de la plateforme (certificat feuille, du serveur), ou indiquez son autorité dans platform/caFile au lieu d&apos;une empreinte.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate key does not match the pin %1: the connection was refused. Ask your administrator whether the platform&apos;s key changed.</source>
        <translation>La clé du certificat de la plateforme ne correspond pas à l&apos;empreinte épinglée %1&#xa0;: la connexion a été refusée. Demandez à votre administrateur si la clé de la plateforme a changé.</translation>
    </message>
</context>
<context>
    <name>PlatformStanding</name>
    <message>
        <source>Public; the new revision awaits CCI review</source>
        <translation>Public&#xa0;; la nouvelle révision attend la validation de la CCI</translation>
    </message>
    <message>
        <source>Awaiting CCI review: not public yet</source>
        <translation>En attente de validation par la CCI&#xa0;: pas encore public</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Published; the CCI reviews it afterwards</source>
        <translation>Publié&#xa0;; la CCI le valide après coup</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The version already public stays public.</source>
        <translation>La version déjà publique le reste.</translation>
    </message>
    <message>
        <source>Nothing of it is public.</source>
        <translation>Rien n&apos;en est public.</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>Modifications demandées par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Refusé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Published, approved by %1.</source>
        <translation>Publié, validé par %1.</translation>
    </message>
    <message>
        <source>Published, approved by %1: %2</source>
        <translation>Publié, validé par %1&#xa0;: %2</translation>
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
        <translation>
            <numerusform>%1 %n partie</numerusform>
            <numerusform>%1 %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2&#xa0;s</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Listen to the hotline script</source>
        <translation>Écouter le message du numéro vert</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ≈ %2 s</source>
        <translation>%1 ≈ %2&#xa0;s</translation>
    </message>
    <message>
        <source>Preparing the voice…</source>
        <translation>Préparation de la voix…</translation>
    </message>
    <message>
        <source>Play the audio file the phone line will play for this script</source>
        <translation>Lire le fichier audio que la ligne téléphonique diffusera pour ce message</translation>
    </message>
    <message>
        <source>Stop playing</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Position in the hotline audio</source>
        <translation>Position dans l&apos;audio du numéro vert</translation>
    </message>
</context>
<context>
    <name>ProblemDetails</name>
    <message>
        <source>The platform refused the request (error %1).</source>
        <translation>La plateforme a refusé la requête (erreur %1).</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Keep drafts, the queue and the journal in this folder.</source>
        <translation>Conserver les brouillons, la file d&apos;attente et le journal dans ce dossier.</translation>
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
        <translation>Le profil %1 est utilisé par %2 (processus %3 sur %4). Fermez d&apos;abord ce programme ou choisissez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written to. Nothing in it was changed. Check its permissions, or choose another folder with --profile.</source>
        <translation>Impossible d&apos;écrire dans le dossier du profil %1. Rien n&apos;y a été modifié. Vérifiez ses droits ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>No lock file can be created in the profile folder %1. Nothing in it was changed. Check that you may write in it and that its disk is neither full nor read-only, or choose another folder with --profile.</source>
        <translation>Impossible de créer un fichier de verrou dans le dossier du profil %1. Rien n&apos;y a été modifié. Vérifiez que vous pouvez y écrire et que son disque n&apos;est ni plein ni en lecture seule, ou choisissez un autre dossier avec --profile.</translation>
    </message>
</context>
<context>
    <name>ProgramOptions</name>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr ou en.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Language of messages: fr or en.</source>
        <translation>Langue des messages&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not a time: write it as ISO 8601 with an offset, for example 2026-03-27T07:00:00+01:00.</source>
        <translation>--now «&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: écrivez-la en ISO 8601 avec le décalage horaire, par exemple 2026-03-27T07:00:00+01:00.</translation>
    </message>
    <message>
        <source>Start the clock at this time (ISO 8601 with an offset); it runs on from there.</source>
        <translation>Démarrer l&apos;horloge à cette heure (ISO 8601 avec le décalage horaire)&#xa0;; elle avance ensuite normalement.</translation>
    </message>
    <message>
        <source>Take this time as now (ISO 8601 with an offset); it stays there for the whole command.</source>
        <translation>Prendre cette heure comme heure actuelle (ISO 8601 avec le décalage horaire)&#xa0;; elle reste fixe pendant toute la commande.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>The proxy &quot;%1&quot; is not usable: write it as http://host:port or socks5://host:port.</source>
        <translation>Le proxy «&#xa0;%1&#xa0;» est inutilisable&#xa0;: écrivez-le sous la forme http://hôte:port ou socks5://hôte:port.</translation>
    </message>
    <message>
        <source>The proxy address holds a user name or password: remove it. When the proxy asks, you are asked once and the answer is kept in the keychain.</source>
        <translation>L&apos;adresse du proxy contient un nom d&apos;utilisateur ou un mot de passe&#xa0;: retirez-le. Quand le proxy les demande, ils vous sont demandés une seule fois et votre réponse est conservée dans le trousseau.</translation>
    </message>
    <message>
        <source>The proxy %1 refused the user name or password: check them.</source>
        <translation>Le proxy %1 a refusé le nom d&apos;utilisateur ou le mot de passe&#xa0;: vérifiez-les.</translation>
    </message>
</context>
<context>
    <name>PublicFeed</name>
    <message>
        <source>There is no territory &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de territoire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>lang must be fr or en.</source>
        <translation>lang doit valoir fr ou en.</translation>
    </message>
</context>
<context>
    <name>PublicationMoment</name>
    <message>
        <source>Residents see this update as soon as the platform receives it; the CCI reviews it afterwards.</source>
        <translation>Les riverains voient cette mise à jour dès que la plateforme la reçoit&#xa0;; la CCI la valide après coup.</translation>
    </message>
    <message>
        <source>Residents see it as soon as the platform receives it; the CCI reviews it afterwards.</source>
        <translation>Les riverains le voient dès que la plateforme le reçoit&#xa0;; la CCI le valide après coup.</translation>
    </message>
    <message>
        <source>This update becomes public only once a CCI coordinator approves it; until then residents keep seeing the version already public.</source>
        <translation>Cette mise à jour ne devient publique qu&apos;une fois validée par un coordinateur de la CCI&#xa0;; d&apos;ici là, les riverains continuent de voir la version déjà publique.</translation>
    </message>
    <message>
        <source>It becomes public only once a CCI coordinator approves it: sending it does not publish it.</source>
        <translation>Il ne devient public qu&apos;une fois validé par un coordinateur de la CCI&#xa0;: l&apos;envoyer ne le publie pas.</translation>
    </message>
</context>
<context>
    <name>PublicationPreview</name>
    <message>
        <source>The notice has no revision %1.</source>
        <translation>L&apos;avis n&apos;a pas de révision %1.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Print the operations as JSON.</source>
        <translation>Afficher les opérations en JSON.</translation>
    </message>
    <message>
        <source>The notice was not queued: correct it, then queue it again.</source>
        <translation>L&apos;avis n&apos;a pas été mis en file d&apos;attente&#xa0;: corrigez-le, puis remettez-le en file.</translation>
    </message>
    <message>
        <source>attempt %1, next at %2: %3</source>
        <translation>tentative %1, prochaine à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Impossible de créer le dossier %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing else was written.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien d&apos;autre n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) written to %1.</source>
        <translation>
            <numerusform>%n opération écrite dans %1.</numerusform>
            <numerusform>%n opérations écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>flush: give up after this many seconds (default %1, with --wait %2).</source>
        <translation>flush&#xa0;: abandonner après ce nombre de secondes (par défaut %1, avec --wait %2).</translation>
    </message>
    <message>
        <source>add FILE (queue a notice; prints the operation id once it is stored), list, show ID, retry ID, remove ID, export DIR, flush (send now and print each operation&apos;s result).</source>
        <translation>add FICHIER (met un avis en file d&apos;attente&#xa0;; affiche l&apos;identifiant de l&apos;opération une fois enregistrée), list, show ID, retry ID, remove ID, export DOSSIER, flush (envoie maintenant et affiche le résultat de chaque opération).</translation>
    </message>
    <message>
        <source>Use: allo-cli queue add FILE | list [--json] | show ID | retry ID | remove ID | export DIR | flush [--wait] [--json] [--timeout SECONDS]</source>
        <translation>Utilisation&#xa0;: allo-cli queue add FICHIER | list [--json] | show ID | retry ID | remove ID | export DOSSIER | flush [--wait] [--json] [--timeout SECONDES]</translation>
    </message>
    <message>
        <source>Nothing to send: every operation is sent.</source>
        <translation>Rien à envoyer&#xa0;: toutes les opérations sont envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %1 s with %n operation(s) not sent. They stay in the queue and are sent later: run allo-cli queue flush --wait again, or see allo-cli queue list.</source>
        <translation>
            <numerusform>Abandon après %1 s&#xa0;: %n opération n&apos;a pas été envoyée. Elle reste dans la file d&apos;attente et sera envoyée plus tard&#xa0;: relancez allo-cli queue flush --wait, ou consultez allo-cli queue list.</numerusform>
            <numerusform>Abandon après %1 s&#xa0;: %n opérations n&apos;ont pas été envoyées. Elles restent dans la file d&apos;attente et seront envoyées plus tard&#xa0;: relancez allo-cli queue flush --wait, ou consultez allo-cli queue list.</numerusform>
        </translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>no answer yet: it is sent again with the same key, which the platform applies at most once</source>
        <translation>pas encore de réponse&#xa0;: elle est renvoyée avec la même clé, que la plateforme applique au plus une fois</translation>
    </message>
    <message>
        <source>flush: keep going until every operation is sent, in conflict, failed or waiting for a sign-in, or until nothing more can be sent without you.</source>
        <translation>flush&#xa0;: continuer jusqu&apos;à ce que chaque opération soit envoyée, en conflit, en échec ou en attente de connexion, ou jusqu&apos;à ce que plus rien ne puisse partir sans vous.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing more can be sent without you: %n operation(s) wait, for the reasons above. See allo-cli queue list.</source>
        <translation>
            <numerusform>Plus rien ne peut partir sans vous&#xa0;: %n opération attend, pour la raison indiquée ci-dessus. Consultez allo-cli queue list.</numerusform>
            <numerusform>Plus rien ne peut partir sans vous&#xa0;: %n opérations attendent, pour les raisons indiquées ci-dessus. Consultez allo-cli queue list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform will refuse this operation: remove it (allo-cli queue remove %1), correct the notice and queue it again.</source>
        <translation>La plateforme refusera cette opération&#xa0;: retirez-la (allo-cli queue remove %1), corrigez l&apos;avis et remettez-le dans la file.</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Prints what a channel would publish for the notice: in French, or in the language --lang names.</source>
        <translation>Affiche ce qu&apos;un canal publierait pour l&apos;avis&#xa0;: en français, ou dans la langue indiquée par --lang.</translation>
    </message>
    <message>
        <source>Channel: web, hotline, x, mastodon, sms or cap.</source>
        <translation>Canal&#xa0;: web, hotline, x, mastodon, sms ou cap.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>The platform&apos;s revision of the notice (default: 1).</source>
        <translation>La révision de l&apos;avis sur la plateforme (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>cap: the previous revision&apos;s &quot;sender,identifier,sent&quot;; makes the alert an Update.</source>
        <translation>cap&#xa0;: le «&#xa0;sender,identifier,sent&#xa0;» de la révision précédente&#xa0;; fait de l&apos;alerte une mise à jour (Update).</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>cap: cancel the revision named by --references instead of publishing.</source>
        <translation>cap&#xa0;: annuler la révision désignée par --references au lieu de publier.</translation>
    </message>
    <message>
        <source>The notice file (JSON).</source>
        <translation>Le fichier de l&apos;avis (JSON).</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>hotline: also write the script as the phone line plays it (8 kHz WAV) to this file.</source>
        <translation>hotline&#xa0;: écrire aussi le message tel que le numéro vert le diffuse (WAV 8&#xa0;kHz) dans ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>hotline --audio: alaw (G.711 A-law, the default) or pcm (16-bit).</source>
        <translation>hotline --audio&#xa0;: alaw (G.711 loi A, par défaut) ou pcm (16 bits).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Usage: allo-cli render --channel CHANNEL [--lang fr|en] [--audio FILE [--format alaw|pcm]] FILE</source>
        <translation>Utilisation&#xa0;: allo-cli render --channel CANAL [--lang fr|en] [--audio FICHIER [--format alaw|pcm]] FICHIER</translation>
    </message>
    <message>
        <source>--audio is for the hotline only: use --channel hotline.</source>
        <translation>--audio ne vaut que pour le numéro vert&#xa0;: utilisez --channel hotline.</translation>
    </message>
    <message>
        <source>Unknown audio format &quot;%1&quot;: use alaw or pcm.</source>
        <translation>Format audio inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez alaw ou pcm.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Own submission — you cannot review it. Another coordinator must decide.</source>
        <translation>Votre propre soumission — vous ne pouvez pas l&apos;examiner. Un autre coordinateur doit statuer.</translation>
    </message>
    <message>
        <source>Revision %1 of this notice is not awaiting review (it is %2): refresh the queue.</source>
        <translation>La révision %1 de cet avis n&apos;est pas en attente d&apos;examen (état&#xa0;: %2)&#xa0;: actualisez la file d&apos;examen.</translation>
    </message>
    <message>
        <source>Say what to change: a comment is required to request changes.</source>
        <translation>Indiquez ce qu&apos;il faut changer&#xa0;: un commentaire est obligatoire pour demander des modifications.</translation>
    </message>
    <message>
        <source>Say why: a comment is required to reject.</source>
        <translation>Indiquez pourquoi&#xa0;: un commentaire est obligatoire pour rejeter.</translation>
    </message>
    <message>
        <source>Confirm revision %1 of %2? It stays published.</source>
        <translation>Confirmer la révision %1 de %2&#xa0;? Elle reste publiée.</translation>
    </message>
    <message>
        <source>Take down revision %1 of %2 and request changes? It leaves every channel until the company resubmits.</source>
        <translation>Retirer la révision %1 de %2 et demander des modifications&#xa0;? Elle est retirée de tous les canaux jusqu&apos;à ce que l&apos;entreprise la soumette à nouveau.</translation>
    </message>
    <message>
        <source>Take down and reject revision %1 of %2? It leaves every channel.</source>
        <translation>Retirer et rejeter la révision %1 de %2&#xa0;? Elle est retirée de tous les canaux.</translation>
    </message>
    <message>
        <source>Approve revision %1 of %2? It is published on every channel.</source>
        <translation>Approuver la révision %1 de %2&#xa0;? Elle sera publiée sur tous les canaux.</translation>
    </message>
    <message>
        <source>Return revision %1 of %2 to the company with your comment?</source>
        <translation>Renvoyer la révision %1 de %2 à l&apos;entreprise avec votre commentaire&#xa0;?</translation>
    </message>
    <message>
        <source>Reject revision %1 of %2? Revision %3 stays published.</source>
        <translation>Rejeter la révision %1 de %2&#xa0;? La révision %3 reste publiée.</translation>
    </message>
    <message>
        <source>Reject revision %1 of %2? It is never published.</source>
        <translation>Rejeter la révision %1 de %2&#xa0;? Elle ne sera jamais publiée.</translation>
    </message>
    <message>
        <source>Say why the notice ends: a reason is required.</source>
        <translation>Indiquez pourquoi l&apos;avis prend fin&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Say why the notice is cancelled: a reason is required.</source>
        <translation>Indiquez pourquoi l&apos;avis est annulé&#xa0;: un motif est obligatoire.</translation>
    </message>
    <message>
        <source>The notice is %1 already: there is nothing to take down.</source>
        <translation>L&apos;avis est déjà à l&apos;état %1&#xa0;: il n&apos;y a rien à retirer.</translation>
    </message>
    <message>
        <source>Your decision was not applied: %1 It was taken out of the outbox; refresh the queue to see the notice as it is now.</source>
        <translation>Votre décision n&apos;a pas été appliquée&#xa0;: %1 Elle a été retirée de la file d&apos;attente&#xa0;; actualisez la file d&apos;examen pour voir l&apos;avis dans son état actuel.</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Rien n&apos;a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation>Refus de la plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in again: the decision is kept in the outbox and sent after the sign-in.</source>
        <translation>Reconnectez-vous&#xa0;: la décision est conservée dans la file d&apos;attente et sera envoyée après la connexion.</translation>
    </message>
    <message>
        <source>The notice “%1” was ended: it leaves every channel.</source>
        <translation>L&apos;avis «&#xa0;%1&#xa0;» a été terminé&#xa0;: il est retiré de tous les canaux.</translation>
    </message>
    <message>
        <source>The notice “%1” was cancelled: it leaves every channel.</source>
        <translation>L&apos;avis «&#xa0;%1&#xa0;» a été annulé&#xa0;: il est retiré de tous les canaux.</translation>
    </message>
    <message>
        <source>Revision %1 of “%2” was approved.</source>
        <translation>La révision %1 de «&#xa0;%2&#xa0;» a été approuvée.</translation>
    </message>
    <message>
        <source>Changes to revision %1 of “%2” were requested from the company.</source>
        <translation>Des modifications de la révision %1 de «&#xa0;%2&#xa0;» ont été demandées à l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Revision %1 of “%2” was rejected.</source>
        <translation>La révision %1 de «&#xa0;%2&#xa0;» a été rejetée.</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>list: print the queue as JSON.</source>
        <translation>list&#xa0;: afficher la file d&apos;examen en JSON.</translation>
    </message>
    <message>
        <source>The comment for the company (required to request changes or reject).</source>
        <translation>Le commentaire pour l&apos;entreprise (obligatoire pour demander des modifications ou rejeter).</translation>
    </message>
    <message>
        <source>list, show ID, approve ID, request-changes ID --comment TEXT, reject ID --comment TEXT.</source>
        <translation>list, show ID, approve ID, request-changes ID --comment TEXTE, reject ID --comment TEXTE.</translation>
    </message>
    <message>
        <source>Use: allo-cli review list [--json] | show ID | approve ID | request-changes ID --comment TEXT | reject ID --comment TEXT</source>
        <translation>Utilisation&#xa0;: allo-cli review list [--json] | show ID | approve ID | request-changes ID --comment TEXTE | reject ID --comment TEXTE</translation>
    </message>
    <message>
        <source>A comment is required to %1: add --comment &quot;what to change&quot;.</source>
        <translation>Un commentaire est obligatoire pour %1&#xa0;: ajoutez --comment &quot;ce qu&apos;il faut changer&quot;.</translation>
    </message>
    <message>
        <source>own</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLIÉ</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>à valider</translation>
    </message>
    <message>
        <source>Nothing awaits review.</source>
        <translation>Aucune soumission en attente d&apos;examen.</translation>
    </message>
    <message>
        <source>Last decision: %1 on revision %2 by %3: %4</source>
        <translation>Dernière décision&#xa0;: %1 sur la révision %2, par %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Changes from the published revision %1:</source>
        <translation>Modifications depuis la révision publiée %1&#xa0;:</translation>
    </message>
    <message>
        <source>Changes from revision %1:</source>
        <translation>Modifications depuis la révision %1&#xa0;:</translation>
    </message>
    <message>
        <source>The decision is queued in the outbox but the platform has not answered (%1). It is sent, exactly once, by allo-cli queue flush or the console.</source>
        <translation>La décision est dans la file d&apos;attente, mais la plateforme n&apos;a pas répondu (%1). Elle sera envoyée, une seule fois, par allo-cli queue flush ou par la console.</translation>
    </message>
    <message>
        <source>The platform did not answer in time: try again.</source>
        <translation>La plateforme n&apos;a pas répondu à temps&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The decision is queued in the outbox but cannot be sent yet. %1 Once that is resolved, allo-cli queue flush or the console sends it, exactly once.</source>
        <translation>La décision est dans la file d&apos;attente mais ne peut pas encore être envoyée. %1 Une fois ce point réglé, allo-cli queue flush ou la console l&apos;enverra, une seule fois.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>Publication rules:</source>
        <translation>Règles de publication&#xa0;:</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
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
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Own submission</source>
        <translation>Votre soumission</translation>
    </message>
    <message>
        <source>Published at once, revision %1</source>
        <translation>Publié immédiatement, révision %1</translation>
    </message>
    <message>
        <source>Update %1 (revision %2 is public)</source>
        <translation>Mise à jour&#xa0;: révision %1 (la révision %2 est publiée)</translation>
    </message>
    <message>
        <source>Pending review, revision %1</source>
        <translation>En attente d&apos;examen, révision %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <source>Review workspace</source>
        <translation>Espace d&apos;examen</translation>
    </message>
    <message>
        <source>Review queue and live notices</source>
        <translation>File d&apos;examen et avis en cours</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>À &amp;examiner</translation>
    </message>
    <message>
        <source>&amp;Live now</source>
        <translation>En &amp;cours</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>The queue could not be refreshed: %1 It is tried again every 15 seconds; what is shown may be out of date.</source>
        <translation>La file d&apos;examen n&apos;a pas pu être actualisée&#xa0;: %1 Nouvel essai toutes les 15 secondes&#xa0;; l&apos;affichage n&apos;est peut-être pas à jour.</translation>
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
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Sans filtre (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the queue now (F5)</source>
        <translation>Actualiser la file d&apos;examen maintenant (F5)</translation>
    </message>
    <message>
        <source>Submissions awaiting review</source>
        <translation>Soumissions en attente d&apos;examen</translation>
    </message>
    <message>
        <source>Selected submission</source>
        <translation>Soumission sélectionnée</translation>
    </message>
    <message>
        <source>Own submission — you cannot review it. Another coordinator must decide.</source>
        <translation>Votre propre soumission — vous ne pouvez pas l&apos;examiner. Un autre coordinateur doit statuer.</translation>
    </message>
    <message>
        <source>Own submission</source>
        <translation>Votre soumission</translation>
    </message>
    <message>
        <source>Channel previews as the platform will publish them</source>
        <translation>Aperçus des canaux tels que la plateforme les publiera</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) awaiting review, refreshed at %1.</source>
        <translation>
            <numerusform>%n soumission en attente d&apos;examen, liste actualisée à %1.</numerusform>
            <numerusform>%n soumissions en attente d&apos;examen, liste actualisée à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm (A)</source>
        <translation>Confirmer (A)</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approuver (A)</translation>
    </message>
    <message>
        <source>Confirm the published revision</source>
        <translation>Confirmer la révision publiée</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Approuver et publier</translation>
    </message>
    <message>
        <source>Take down, request changes (C)</source>
        <translation>Retirer, demander des modifications (C)</translation>
    </message>
    <message>
        <source>Request changes (C)</source>
        <translation>Demander des modifications (C)</translation>
    </message>
    <message>
        <source>Take down, reject (R)</source>
        <translation>Retirer, rejeter (R)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Rejeter (R)</translation>
    </message>
    <message>
        <source>Select a submission in the queue.</source>
        <translation>Sélectionnez une soumission dans la file d&apos;examen.</translation>
    </message>
    <message>
        <source>%1 — %2, %3. Revision %4 by %5, waiting for %6.</source>
        <translation>%1 — %2, %3. Révision %4 par %5, en attente depuis %6.</translation>
    </message>
    <message>
        <source>Select a submission in the queue first.</source>
        <translation>Sélectionnez d&apos;abord une soumission dans la file d&apos;examen.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>End now</source>
        <translation>Terminer maintenant</translation>
    </message>
    <message>
        <source>Cancel notice</source>
        <translation>Annuler l&apos;avis</translation>
    </message>
    <message>
        <source>End %1 now? It leaves every channel.</source>
        <translation>Terminer maintenant l&apos;avis de %1&#xa0;? Il est retiré de tous les canaux.</translation>
    </message>
    <message>
        <source>Cancel %1? It leaves every channel, marked as cancelled.</source>
        <translation>Annuler l&apos;avis de %1&#xa0;? Il est retiré de tous les canaux et signalé comme annulé.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Queued in the outbox: it is sent when the platform answers.</source>
        <translation>En file d&apos;attente&#xa0;: l&apos;envoi se fera dès que la plateforme répondra.</translation>
    </message>
    <message>
        <source>Queued in the outbox: the platform cannot be reached now (%1). It is sent by itself, exactly once.</source>
        <translation>En file d&apos;attente&#xa0;: la plateforme est injoignable pour le moment (%1). L&apos;envoi se fera automatiquement, une seule fois.</translation>
    </message>
    <message>
        <source>&amp;Comment for the company (required):</source>
        <translation>&amp;Commentaire pour l&apos;entreprise (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment (optional):</source>
        <translation>&amp;Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm, keep it published</source>
        <translation>Confirmer, le laisser publié</translation>
    </message>
    <message>
        <source>Take down, request changes</source>
        <translation>Retirer, demander des modifications</translation>
    </message>
    <message>
        <source>Take down, reject</source>
        <translation>Retirer, rejeter</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Retour à la liste à examiner</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>M&amp;otif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>End the notice</source>
        <translation>Terminer l&apos;avis</translation>
    </message>
    <message>
        <source>Cancel the notice</source>
        <translation>Annuler l&apos;avis</translation>
    </message>
    <message>
        <source>Keep the notice</source>
        <translation>Garder l&apos;avis</translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>Intermittent</source>
        <translation>Par intermittence</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>En continu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <source>Hotline script</source>
        <translation>Message du numéro vert</translation>
    </message>
    <message>
        <source>X post</source>
        <translation>Publication X</translation>
    </message>
    <message>
        <source>Mastodon post</source>
        <translation>Publication Mastodon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
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
        <source>%1 (English)</source>
        <translation>%1 (anglais)</translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <translation>%1 (français)</translation>
    </message>
</context>
<context>
    <name>RevisionDiffView</name>
    <message>
        <source>Changes from the earlier revision</source>
        <translation>Modifications depuis la révision précédente</translation>
    </message>
    <message>
        <source>Revision %1 against the published revision %2</source>
        <translation>Révision %1 comparée à la révision publiée %2</translation>
    </message>
    <message>
        <source>Revision %1 against revision %2</source>
        <translation>Révision %1 comparée à la révision %2</translation>
    </message>
    <message>
        <source>Revision %1 is the first: there is nothing to compare.</source>
        <translation>La révision %1 est la première&#xa0;: il n&apos;y a rien à comparer.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Text (%1)</source>
        <translation>Texte (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>SandboxApi</name>
    <message>
        <source>The body has %1 bytes; the limit is %2.</source>
        <translation>Le corps de la requête fait %1 octets&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this API.</source>
        <translation>Il n&apos;y a pas de %1 %2 dans cette API.</translation>
    </message>
    <message>
        <source>Sign in first: the access token is missing, expired or revoked.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: le jeton d&apos;accès est absent, expiré ou révoqué.</translation>
    </message>
    <message>
        <source>The platform&apos;s database failed; nothing was applied.</source>
        <translation>La base de données de la plateforme a échoué&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>A change needs an Idempotency-Key header of 1 to %1 printable characters.</source>
        <translation>Une modification exige un en-tête Idempotency-Key de 1 à %1 caractères imprimables.</translation>
    </message>
    <message>
        <source>This Idempotency-Key was used for another request: use a new key for a new change.</source>
        <translation>Cette clé Idempotency-Key a servi pour une autre requête&#xa0;: utilisez une nouvelle clé pour une nouvelle modification.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The refresh token is unknown, used or expired: sign in again.</source>
        <translation>Le jeton de renouvellement est inconnu, déjà utilisé ou expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: use one of %2.</source>
        <translation>État inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>since must be an ISO 8601 time with an offset.</source>
        <translation>since doit être une heure ISO 8601 avec décalage horaire.</translation>
    </message>
    <message>
        <source>The cursor is not one this API gave.</source>
        <translation>Ce curseur n&apos;a pas été fourni par cette API.</translation>
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
        <source>%1 has no site &quot;%2&quot; in %3.</source>
        <translation>%1 n&apos;a pas de site «&#xa0;%2&#xa0;» sur %3.</translation>
    </message>
    <message>
        <source>A notice with the id %1 exists already.</source>
        <translation>Un avis d&apos;identifiant %1 existe déjà.</translation>
    </message>
    <message>
        <source>Send If-Match with the ETag your edit started from.</source>
        <translation>Envoyez If-Match avec l&apos;ETag de la version à partir de laquelle vous avez modifié l&apos;avis.</translation>
    </message>
    <message>
        <source>The notice changed since your edit started (now revision %1, %2): reload it and edit again.</source>
        <translation>L&apos;avis a changé depuis le début de votre modification (révision %1 désormais, %2)&#xa0;: rechargez-le et modifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>The notice is %1: it cannot be revised.</source>
        <translation>L&apos;avis est à l&apos;état %1&#xa0;: il ne peut pas être révisé.</translation>
    </message>
    <message>
        <source>The body&apos;s id is not the id in the address.</source>
        <translation>L&apos;identifiant du corps n&apos;est pas celui de l&apos;adresse.</translation>
    </message>
    <message>
        <source>A notice keeps its territory and company: submit a new one.</source>
        <translation>Un avis garde son territoire et son entreprise&#xa0;: soumettez-en un nouveau.</translation>
    </message>
    <message>
        <source>The notice changed since you last read it: reload it.</source>
        <translation>L&apos;avis a changé depuis votre dernière lecture&#xa0;: rechargez-le.</translation>
    </message>
    <message>
        <source>The notice is %1 already.</source>
        <translation>L&apos;avis est déjà à l&apos;état %1.</translation>
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
        <translation>Dites ce qu&apos;il faut changer, ou pourquoi l&apos;avis est rejeté.</translation>
    </message>
    <message>
        <source>The notice has no revision %1.</source>
        <translation>L&apos;avis n&apos;a pas de révision %1.</translation>
    </message>
    <message>
        <source>Nobody reviews their own submission: another coordinator must decide.</source>
        <translation>Personne n&apos;examine sa propre soumission&#xa0;: un autre coordinateur doit statuer.</translation>
    </message>
    <message>
        <source>Revision %1 was already decided (%2 by %3).</source>
        <translation>La révision %1 a déjà fait l&apos;objet d&apos;une décision (%2 par %3).</translation>
    </message>
    <message>
        <source>Revision %1 is no longer the one to decide on (the notice is at revision %2, %3).</source>
        <translation>La révision %1 n&apos;est plus celle sur laquelle statuer (l&apos;avis en est à la révision %2, %3).</translation>
    </message>
    <message>
        <source>Too many failed sign-ins for this user or from this address: try again in %1 seconds.</source>
        <translation>Trop de connexions échouées pour cet utilisateur ou depuis cette adresse&#xa0;: réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>Revision %1 breaks the publication rules and cannot be published: ask for changes.</source>
        <translation>La révision %1 enfreint les règles de publication et ne peut pas être publiée&#xa0;: demandez des modifications.</translation>
    </message>
    <message>
        <source>The notice %1 has no revision %2 (its latest is %3).</source>
        <translation>L&apos;avis %1 n&apos;a pas de révision %2 (la dernière est la %3).</translation>
    </message>
    <message>
        <source>There is no published notice %1.</source>
        <translation>Il n&apos;y a pas d&apos;avis publié %1.</translation>
    </message>
    <message>
        <source>The published revision %1 of %2 has no hotline audio in %3: the phone line reads its script (GET /v1/public/{territory}/hotline) with the phone server&apos;s own voice.</source>
        <translation>La révision publiée %1 de %2 n&apos;a pas d&apos;audio du numéro vert en %3&#xa0;: la ligne lit son script (GET /v1/public/{territory}/hotline) avec la voix propre au serveur téléphonique.</translation>
    </message>
</context>
<context>
    <name>SandboxRunner</name>
    <message>
        <source>The training sandbox cannot start: %1</source>
        <translation>Le bac à sable d&apos;entraînement ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The training sandbox program %1 cannot be started (%2). It is installed beside the console: install the console again.</source>
        <translation>Le programme du bac à sable d&apos;entraînement %1 ne peut pas être démarré (%2). Il est installé à côté de la console&#xa0;: installez la console à nouveau.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>Injected fault: server error.</source>
        <translation>Panne simulée&#xa0;: erreur du serveur.</translation>
    </message>
    <message>
        <source>Injected fault: too many requests.</source>
        <translation>Panne simulée&#xa0;: trop de requêtes.</translation>
    </message>
    <message>
        <source>Injected fault: unavailable.</source>
        <translation>Panne simulée&#xa0;: service indisponible.</translation>
    </message>
    <message>
        <source>No such route.</source>
        <translation>Cette route n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SendConfirmationDialog</name>
    <message>
        <source>Language of the previews</source>
        <translation>Langue des aperçus</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Web card</source>
        <translation>Fiche web</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Queue the notice for the platform (Ctrl+Enter)</source>
        <translation>Mettre l&apos;avis en file d&apos;attente pour la plateforme (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Retour à la rédaction</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This notice cannot be sent yet:</source>
        <translation>Cet avis ne peut pas encore être envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Hotline (spoken)</source>
        <translation>Numéro vert (message vocal)</translation>
    </message>
    <message>
        <source>X post</source>
        <translation>Publication X</translation>
    </message>
    <message>
        <source>Mastodon post</source>
        <translation>Publication Mastodon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>nothing to publish</source>
        <translation>rien à publier</translation>
    </message>
    <message>
        <source>%1 s of %2 s at most</source>
        <translation>%1 s sur %2 s au maximum</translation>
    </message>
    <message>
        <source>%1/%2 characters</source>
        <translation>%1/%2 caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s), %1</source>
        <translation>
            <numerusform>%n partie, %1</numerusform>
            <numerusform>%n parties, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, OVER THE LIMIT</source>
        <translation>%1, LIMITE DÉPASSÉE</translation>
    </message>
    <message>
        <source>%1, too long</source>
        <translation>%1, trop long</translation>
    </message>
    <message>
        <source>In English: %1</source>
        <translation>En anglais&#xa0;: %1</translation>
    </message>
    <message>
        <source>In French: %1</source>
        <translation>En français&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent as it is, but check:</source>
        <translation>Envoyé tel quel, mais vérifiez&#xa0;:</translation>
    </message>
    <message>
        <source>Real notice: residents will see and hear it (%1).</source>
        <translation>Avis réel&#xa0;: les riverains le verront et l&apos;entendront (%1).</translation>
    </message>
    <message>
        <source>Close this view and go on writing the notice (Escape)</source>
        <translation>Fermer cette vue et reprendre la rédaction de l&apos;avis (Échap)</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Entrée pour envoyer</translation>
    </message>
    <message>
        <source>about %1 s of %2 s at most (estimate)</source>
        <translation>environ %1 s sur %2 s au maximum (estimation)</translation>
    </message>
    <message>
        <source>Check and send: %1</source>
        <translation>Vérifier et envoyer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The platform refused the user name or password for %1: check them (the password is case-sensitive) and sign in again.</source>
        <translation>La plateforme a refusé le nom d&apos;utilisateur ou le mot de passe de %1&#xa0;: vérifiez-les (le mot de passe distingue majuscules et minuscules) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in of %1 to %2 expired or was revoked: sign in again.</source>
        <translation>La session de %1 sur %2 a expiré ou a été révoquée&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signed out, but the sign-in could not be removed from the keychain (%1): remove the entry &quot;%2&quot; with the system&apos;s password manager.</source>
        <translation>Déconnecté, mais la session n&apos;a pas pu être retirée du trousseau (%1)&#xa0;: supprimez l&apos;entrée «&#xa0;%2&#xa0;» avec le gestionnaire de mots de passe du système.</translation>
    </message>
    <message>
        <source>Not signed in to the platform: sign in (allo-cli login, or File → Sign in in the console).</source>
        <translation>Non connecté à la plateforme&#xa0;: connectez-vous (allo-cli login, ou Fichier → Se connecter dans la console).</translation>
    </message>
    <message>
        <source>The platform&apos;s answer to the sign-in holds no tokens: check that the address %1 is the platform&apos;s.</source>
        <translation>La réponse de la plateforme à la connexion ne contient aucun jeton&#xa0;: vérifiez que l&apos;adresse %1 est bien celle de la plateforme.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <source>Platform &amp;address</source>
        <translation>&amp;Adresse de la plateforme</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate file</source>
        <translation>Fichier d&apos;autorité de &amp;certification supplémentaire</translation>
    </message>
    <message>
        <source>Certificate &amp;pin (SPKI SHA-256)</source>
        <translation>Em&amp;preinte épinglée du certificat (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Pro&amp;xy (empty: the system&apos;s)</source>
        <translation>Pro&amp;xy (vide&#xa0;: celui du système)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Re&amp;mind me of open-ended notices every (hours)</source>
        <translation>&amp;Me rappeler les avis sans date de fin toutes les (heures)</translation>
    </message>
    <message>
        <source>Larger &amp;text</source>
        <translation>&amp;Texte plus grand</translation>
    </message>
</context>
<context>
    <name>ShortenCommand</name>
    <message>
        <source>Prints the notice&apos;s post for a channel shortened to fit it, as the console offers it: in French, or in the language --lang names.</source>
        <translation>Affiche la publication de l&apos;avis pour un canal, raccourcie pour y tenir, comme la console la propose&#xa0;: en français, ou dans la langue indiquée par --lang.</translation>
    </message>
    <message>
        <source>Channel: x or mastodon.</source>
        <translation>Canal&#xa0;: x ou mastodon.</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>The notice file (JSON).</source>
        <translation>Le fichier de l&apos;avis (JSON).</translation>
    </message>
    <message>
        <source>Usage: allo-cli shorten --channel x|mastodon [--lang fr|en] FILE</source>
        <translation>Utilisation&#xa0;: allo-cli shorten --channel x|mastodon [--lang fr|en] FICHIER</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the platform</source>
        <translation>Connexion à la plateforme</translation>
    </message>
    <message>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificates</source>
        <translation>Aucun&#xa0;: les certificats du système</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier d&apos;autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Set by your administrator for this computer.</source>
        <translation>Défini par votre administrateur pour cet ordinateur.</translation>
    </message>
    <message>
        <source>the platform address</source>
        <translation>l&apos;adresse de la plateforme</translation>
    </message>
    <message>
        <source>the CA file</source>
        <translation>le fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>Adresse de la &amp;plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier d&apos;autorité de &amp;certification supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Set by your administrator and not editable here: %1.</source>
        <translation>Défini par votre administrateur et non modifiable ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The password is never stored; the console keeps the sign-in in your system&apos;s keychain.</source>
        <translation>Le mot de passe n&apos;est jamais enregistré&#xa0;; la console conserve la session dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the platform&apos;s address, for example https://plateforme.allo-industrie.com.</source>
        <translation>Saisissez l&apos;adresse de la plateforme, par exemple https://plateforme.allo-industrie.com.</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The platform&apos;s CA certificate</source>
        <translation>Certificat de l&apos;autorité de certification de la plateforme</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StatusBand</name>
    <message>
        <source>EXERCISE — this notice will be published as an exercise</source>
        <translation>EXERCICE — cet avis sera publié comme un exercice</translation>
    </message>
    <message>
        <source>TEST — this notice will be published as a test</source>
        <translation>TEST — cet avis sera publié comme un test</translation>
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
        <translation>Impossible d&apos;écrire dans le dossier du profil %1. Rien n&apos;y a été modifié. Vérifiez ses droits ou choisissez un autre dossier avec --profile.</translation>
    </message>
    <message>
        <source>The database was damaged (%1). It was kept, unchanged, as %2, and a new empty database was started. Drafts and queued operations that were in it are not in the new one: keep that file and ask for help to recover them.</source>
        <translation>La base de données était endommagée (%1). Elle a été conservée telle quelle sous le nom %2 et une nouvelle base vide a été créée. Les brouillons et les opérations en file qu&apos;elle contenait ne sont pas dans la nouvelle&#xa0;: gardez ce fichier et demandez de l&apos;aide pour les récupérer.</translation>
    </message>
    <message>
        <source>The database could not be checked after the last unclean stop (%1). It will be checked at the next start.</source>
        <translation>La base de données n&apos;a pas pu être vérifiée après le dernier arrêt anormal (%1). Elle le sera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>TemplateCommand</name>
    <message>
        <source>Territory of the notice (default: rouen-metropole).</source>
        <translation>Territoire de l&apos;avis (par défaut&#xa0;: rouen-metropole).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Company name.</source>
        <translation>Nom de l&apos;entreprise.</translation>
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
        <translation>Le type d&apos;avis.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: choose one of %2.</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;.</source>
        <translation>Territoire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The users file is not a JSON object: %1.</source>
        <translation>Le fichier des utilisateurs n&apos;est pas un objet JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every user needs a username and a password (or password_hash).</source>
        <translation>Chaque utilisateur doit avoir un nom d&apos;utilisateur et un mot de passe (ou password_hash).</translation>
    </message>
    <message>
        <source>User %1: the role must be issuer, coordinator or admin.</source>
        <translation>Utilisateur %1&#xa0;: le rôle doit être issuer, coordinator ou admin.</translation>
    </message>
    <message>
        <source>User %1: an issuer needs a company.</source>
        <translation>Utilisateur %1&#xa0;: un émetteur doit avoir une entreprise.</translation>
    </message>
    <message>
        <source>User %1: unknown territory %2.</source>
        <translation>Utilisateur %1&#xa0;: territoire inconnu %2.</translation>
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
        <translation>Fichiers d&apos;avis (JSON) à vérifier.</translation>
    </message>
    <message>
        <source>Name at least one notice file to check.</source>
        <translation>Indiquez au moins un fichier d&apos;avis à vérifier.</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
    <message>
        <source>Rewrite in each file the phrases of the texts that no longer say the notice&apos;s period, then check it.</source>
        <translation>Réécrire dans chaque fichier les formules des textes qui ne correspondent plus à la période de l&apos;avis, puis le vérifier.</translation>
    </message>
    <message>
        <source>cannot rewrite the file: %1</source>
        <translation>impossible de réécrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>rewrote the phrases that no longer said the period</source>
        <translation>formules ne correspondant plus à la période réécrites</translation>
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
        <source>&quot;%1&quot; is not a UUID: the console makes one for each new notice; keep the one it made.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un UUID&#xa0;: la console en crée un pour chaque nouvel avis&#xa0;; gardez celui qu&apos;elle a créé.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;: choose one of %2.</source>
        <translation>Territoire inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: choose one of %2.</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: choose one of %2.</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Unknown effect &quot;%1&quot;: choose among %2.</source>
        <translation>Effet inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The effect &quot;%1&quot; is listed twice: remove one.</source>
        <translation>L&apos;effet «&#xa0;%1&#xa0;» figure deux fois&#xa0;: supprimez-en un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as ISO 8601 with an offset, for example 2026-03-27T07:00:00+01:00.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: écrivez-la en ISO 8601 avec le décalage horaire, par exemple 2026-03-27T07:00:00+01:00.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The text is empty: write what will happen.</source>
        <translation>Le texte est vide&#xa0;: décrivez ce qui va se passer.</translation>
    </message>
    <message>
        <source>The text has %1 characters; the limit is %2. Shorten it.</source>
        <translation>Le texte compte %1 caractères&#xa0;; la limite est de %2. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character (%1) at position %2: remove it.</source>
        <translation>Le texte contient un caractère de contrôle invisible (%1) à la position %2&#xa0;: supprimez-le.</translation>
    </message>
    <message>
        <source>The link must be an https:// address.</source>
        <translation>Le lien doit être une adresse https://.</translation>
    </message>
    <message>
        <source>The link has %1 characters; the limit is %2.</source>
        <translation>Le lien compte %1 caractères&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between %2 and %3.</source>
        <translation>%1 est hors limites&#xa0;: la valeur doit être comprise entre %2 et %3.</translation>
    </message>
    <message>
        <source>The start is more than %1 days ahead: check the date.</source>
        <translation>Le début est dans plus de %1 jours&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>The period is already over: check the dates.</source>
        <translation>La période est déjà terminée&#xa0;: vérifiez les dates.</translation>
    </message>
    <message>
        <source>The period lasts more than %1 days: check the end.</source>
        <translation>La période dure plus de %1 jours&#xa0;: vérifiez la fin.</translation>
    </message>
    <message>
        <source>There is no English text: English-speaking residents will only get the French.</source>
        <translation>Il n&apos;y a pas de texte en anglais&#xa0;: les riverains anglophones n&apos;auront que le français.</translation>
    </message>
    <message>
        <source>The X post weighs %1 characters; X takes %2 at most. Shorten the text, or write a shorter X post for this channel (the composer and allo-cli shorten offer one).</source>
        <translation>La publication X pèse %1 caractères&#xa0;; X en accepte %2 au plus. Raccourcissez le texte, ou écrivez une publication X plus courte pour ce canal (l&apos;éditeur et allo-cli shorten en proposent une).</translation>
    </message>
    <message>
        <source>The Mastodon post has %1 characters; Mastodon takes %2 at most. Shorten the text, or write a shorter Mastodon post for this channel (the composer and allo-cli shorten offer one).</source>
        <translation>La publication Mastodon compte %1 caractères&#xa0;; Mastodon en accepte %2 au plus. Raccourcissez le texte, ou écrivez une publication Mastodon plus courte pour ce canal (l&apos;éditeur et allo-cli shorten en proposent une).</translation>
    </message>
    <message>
        <source>The text written for %3 has %1 characters; %3 takes %2 at most. Shorten it.</source>
        <translation>Le texte rédigé pour %3 compte %1 caractères&#xa0;; %3 en accepte %2 au plus. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The SMS needs %1 parts (%3); this territory sends %2 at most without a warning. Shorten the text or write a shorter SMS.</source>
        <translation>Le SMS demande %1 parties (%3)&#xa0;; ce territoire en envoie %2 au plus sans avertissement. Raccourcissez le texte ou écrivez un SMS plus court.</translation>
    </message>
    <message>
        <source>The hotline script lasts about %1 s at the hotline&apos;s %3 words a minute; callers should not have to listen for more than %2 s. Shorten the text or write a shorter script.</source>
        <translation>Le message du numéro vert dure environ %1 s au débit du numéro vert (%3 mots par minute)&#xa0;; un appelant ne devrait pas avoir à écouter plus de %2 s. Raccourcissez le texte ou écrivez un message plus court.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The English text written for this channel is the same as the French one: English-speaking readers get French. Write it in English, or empty it to use the notice&apos;s English text.</source>
        <translation>Le texte anglais écrit pour ce canal est identique au texte français&#xa0;: les lecteurs anglophones recevront du français. Écrivez-le en anglais, ou videz-le pour utiliser le texte anglais de l&apos;avis.</translation>
    </message>
    <message>
        <source>This channel&apos;s text was written before the notice&apos;s text last changed: check that it still agrees, then edit it, or empty it to use the notice&apos;s text.</source>
        <translation>Le texte de ce canal a été écrit avant la dernière modification du texte de l&apos;avis&#xa0;: vérifiez qu&apos;il concorde toujours, puis modifiez-le, ou videz-le pour utiliser le texte de l&apos;avis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer says the period, which is now &quot;%2&quot;: rewrite the phrase (the composer&apos;s &quot;Rewrite the period in the texts&quot; or allo-cli validate --fix does it), or check the start and end.</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond plus à la période, qui est maintenant «&#xa0;%2&#xa0;»&#xa0;: réécrivez cette formule (le bouton «&#xa0;Réécrire la période dans les textes&#xa0;» de l&apos;éditeur ou allo-cli validate --fix le fait), ou vérifiez le début et la fin.</translation>
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
    <name>WhoamiCommand</name>
    <message>
        <source>%1 (%2, %3%4) on %5</source>
        <translation>%1 (%2, %3%4) sur %5</translation>
    </message>
    <message>
        <source>%1 on %2, not checked: %3</source>
        <translation>%1 sur %2, non vérifié&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>WindowsCredentials</name>
    <message>
        <source>%1 (Windows error %2)</source>
        <translation>%1 (erreur Windows %2)</translation>
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
        <translation>Enregistrer une image de la fenêtre dans ce fichier dès son affichage, puis quitter (pour la documentation et l&apos;assistance).</translation>
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
        <source>The profile&apos;s database failed its integrity check (%1). At the next start it will be kept aside, unchanged, and a new one started. Keep working now; export diagnostics for support.</source>
        <translation>La base de données du profil a échoué au contrôle d&apos;intégrité (%1). Au prochain démarrage, elle sera mise de côté sans modification et une nouvelle base sera créée. Continuez à travailler&#xa0;; exportez un diagnostic pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>The training account to sign in as (issuer.chimie, issuer.raffinerie, coord.anne, coord.bruno).</source>
        <translation>Le compte d&apos;entraînement avec lequel se connecter (issuer.chimie, issuer.raffinerie, coord.anne, coord.bruno).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>The platform settings cannot be used: %1 Notices are kept in the outbox; correct the platform in the settings.</source>
        <translation>Les paramètres de la plateforme sont inutilisables&#xa0;: %1 Les avis sont conservés dans la file d&apos;attente&#xa0;; corrigez la plateforme dans les paramètres.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Attention&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Train: start the training sandbox (allo-sandbox, stopped with the console) and sign in to it. Nothing is published; the training profile is kept apart from the real one.</source>
        <translation>Entraînement&#xa0;: démarrer le bac à sable d&apos;entraînement (allo-sandbox, arrêté avec la console) et s&apos;y connecter. Rien n&apos;est publié&#xa0;; le profil d&apos;entraînement est séparé du profil réel.</translation>
    </message>
    <message>
        <source>The journal is not anchored in the keychain: %1. Your drafts and outbox are saved as usual; start the console again once the keychain is unlocked.</source>
        <translation>Le journal n&apos;est pas ancré dans le trousseau&#xa0;: %1. Vos brouillons et votre boîte d&apos;envoi sont enregistrés comme d&apos;habitude&#xa0;; relancez la console une fois le trousseau déverrouillé.</translation>
    </message>
</context>
</TS>
