<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account %1, billed in %2</source>
        <translation>Compte %1, facturé en %2</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Cette base de données ne contient pas de compte %1</translation>
    </message>
    <message>
        <source>This database holds no account yet; create one with “init --demo”</source>
        <translation>Cette base de données ne contient encore aucun compte ; créez-en un avec « init --demo »</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>Aucun compte n’est ouvert</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>AddExtensionDialog</name>
    <message>
        <source>Add an Extension</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>101</source>
        <translation>101</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>No device yet</source>
        <translation>Pas encore d’appareil</translation>
    </message>
    <message>
        <source>%1 (%2 a month, as a service option)</source>
        <translation>%1 (%2 par mois, en option de service)</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Poste :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Appa&amp;reil :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>AddFunds</name>
    <message>
        <source>Amount: the account is kept in %1, not %2</source>
        <translation>Montant : le compte est tenu en %1, pas en %2</translation>
    </message>
    <message>
        <source>Amount: %1 is not a positive amount</source>
        <translation>Montant : %1 n’est pas un montant positif</translation>
    </message>
    <message>
        <source>Amount: the minimum deposit by card or PayPal is %1; %2 is below it</source>
        <translation>Montant : le dépôt minimum par carte ou PayPal est de %1 ; %2 est inférieur à ce minimum</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; funds cannot be added</source>
        <translation>Votre rôle dans ce compte ne permet que la consultation ; aucun fonds ne peut être ajouté</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>Card: no card is stored; add one under Payment Methods first</source>
        <translation>Carte : aucune carte n’est enregistrée ; ajoutez-en d’abord une dans Moyens de paiement</translation>
    </message>
    <message>
        <source>Deposit by card, %1</source>
        <translation>Dépôt par carte, %1</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Dépôt par PayPal</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>Le paiement a été refusé : %1</translation>
    </message>
    <message>
        <source>Send %1 by bank wire to LineDesk Telecom Inc., First Harbor Bank, account 000123456789, routing (ABA) 021000021, SWIFT FHBKUS33. Write the reference %2 in the transfer&apos;s message so the funds reach your account. Wires usually arrive in 2–3 business days (between %3 and %4); after %5 the deposit is flagged overdue.</source>
        <translation>Envoyez %1 par virement bancaire à LineDesk Telecom Inc., First Harbor Bank, compte 000123456789, numéro d’acheminement (ABA) 021000021, SWIFT FHBKUS33. Indiquez la référence %2 dans le message du virement pour que les fonds parviennent à votre compte. Les virements arrivent généralement en 2 à 3 jours ouvrables (entre le %3 et le %4) ; après le %5, le dépôt est signalé en retard.</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>The request id “%1” was already used for a different transaction</source>
        <translation>L’identifiant de requête « %1 » a déjà servi pour une autre transaction</translation>
    </message>
</context>
<context>
    <name>AddFundsPage</name>
    <message>
        <source>&amp;Add Funds</source>
        <translation>&amp;Approvisionner</translation>
    </message>
    <message>
        <source>Mark &amp;Received</source>
        <translation>Marquer comme &amp;reçu</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Amount, e.g. 50.00</source>
        <translation>Montant, p. ex. 50.00</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen de paiement :</translation>
    </message>
    <message>
        <source>Bank wires on their way</source>
        <translation>Virements bancaires en cours</translation>
    </message>
    <message>
        <source>Card and PayPal deposits: at least %1. Bank wires arrive in 2–3 business days.</source>
        <translation>Dépôts par carte et PayPal : %1 au minimum. Les virements bancaires arrivent en 2 à 3 jours ouvrables.</translation>
    </message>
    <message>
        <source>Overdue (more than 7 days)</source>
        <translation>En retard (plus de 7 jours)</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Attendu au plus tard le %1</translation>
    </message>
    <message>
        <source>Add Funds</source>
        <translation>Approvisionner le compte</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Reference number: %1
%2</source>
        <translation>Numéro de référence : %1
%2</translation>
    </message>
    <message>
        <source>%1 was added to your balance.</source>
        <translation>%1 a été ajouté à votre solde.</translation>
    </message>
    <message>
        <source>Mark Received</source>
        <translation>Marquer comme reçu</translation>
    </message>
    <message>
        <source>Choose a bank wire in the list first.</source>
        <translation>Choisissez d’abord un virement bancaire dans la liste.</translation>
    </message>
    <message>
        <source>Has the bank wire %1 reached the account? Its amount will be added to the balance.</source>
        <translation>Le virement bancaire %1 est-il arrivé sur le compte ? Son montant sera ajouté au solde.</translation>
    </message>
</context>
<context>
    <name>AddNumberDialog</name>
    <message>
        <source>Add a Number</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <source>+1 514 555 0123</source>
        <translation>+1 514 555 0123</translation>
    </message>
    <message>
        <source>Automatic (from the number)</source>
        <translation>Automatique (selon le numéro)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Forfaitaire</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (%1):</source>
        <translation>&amp;Frais mensuels (%1) :</translation>
    </message>
    <message>
        <source>&amp;Ordered on:</source>
        <translation>&amp;Commandé le :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The monthly fee must be an amount like 4.95</source>
        <translation>Les frais mensuels doivent être un montant comme 4.95</translation>
    </message>
    <message>
        <source>Write the number in international form, with its country code.</source>
        <translation>Écrivez le numéro au format international, avec son indicatif de pays.</translation>
    </message>
</context>
<context>
    <name>AutoBilling</name>
    <message>
        <source>Automatic billing is off</source>
        <translation>La facturation automatique est désactivée</translation>
    </message>
    <message>
        <source>The balance is above the threshold: nothing to charge</source>
        <translation>Le solde est supérieur au seuil : rien à débiter</translation>
    </message>
    <message>
        <source>The card was charged</source>
        <translation>La carte a été débitée</translation>
    </message>
    <message>
        <source>The card was declined; it will be tried again tomorrow at 00:01 Eastern</source>
        <translation>La carte a été refusée ; un nouvel essai aura lieu demain à 00:01, heure de l’Est</translation>
    </message>
    <message>
        <source>The card was already charged today; a notification was sent and the next attempt is tomorrow at 00:01 Eastern</source>
        <translation>La carte a déjà été débitée aujourd’hui ; une notification a été envoyée et le prochain essai aura lieu demain à 00:01, heure de l’Est</translation>
    </message>
    <message>
        <source>Waiting for the retry at 00:01 Eastern</source>
        <translation>En attente du nouvel essai à 00:01, heure de l’Est</translation>
    </message>
    <message>
        <source>No card is stored for automatic billing</source>
        <translation>Aucune carte n’est enregistrée pour la facturation automatique</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view automatic billing</source>
        <translation>Votre rôle dans ce compte ne permet que de consulter la facturation automatique</translation>
    </message>
    <message>
        <source>Amount: the amount to charge must be more than zero</source>
        <translation>Montant : le montant à débiter doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Threshold: the low-balance threshold cannot be negative</source>
        <translation>Seuil : le seuil de solde bas ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Target: the balance to top up to (%1) must be above the floor (%2)</source>
        <translation>Cible : le solde à atteindre par recharge (%1) doit être supérieur au plancher (%2)</translation>
    </message>
    <message>
        <source>Postpaid threshold: it must be more than zero</source>
        <translation>Seuil postpayé : il doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Carte : %1</translation>
    </message>
    <message>
        <source>Card: add a card under Payment Methods before turning automatic billing on</source>
        <translation>Carte : ajoutez une carte dans Moyens de paiement avant d’activer la facturation automatique</translation>
    </message>
    <message>
        <source>The balance reached the threshold a second time today; the card is charged at most once a day</source>
        <translation>Le solde a atteint le seuil une deuxième fois aujourd’hui ; la carte est débitée au plus une fois par jour</translation>
    </message>
    <message>
        <source>Automatic billing: no second charge today</source>
        <translation>Facturation automatique : pas de second débit aujourd’hui</translation>
    </message>
    <message>
        <source>Your balance of %1 reached your low-balance threshold again today. Your card is charged at most once a day, so no charge was made; the next attempt is on %2 at 00:01 Eastern.</source>
        <translation>Votre solde de %1 a de nouveau atteint votre seuil de solde bas aujourd’hui. Votre carte est débitée au plus une fois par jour ; aucun débit n’a donc été effectué. Le prochain essai aura lieu le %2 à 00:01, heure de l’Est.</translation>
    </message>
    <message>
        <source>No card is stored</source>
        <translation>Aucune carte n’est enregistrée</translation>
    </message>
    <message>
        <source>Automatic billing: no card on file</source>
        <translation>Facturation automatique : aucune carte enregistrée</translation>
    </message>
    <message>
        <source>Your balance of %1 reached your low-balance threshold, but no card is stored for automatic billing. Add a card under Finances → Payment Methods.</source>
        <translation>Votre solde de %1 a atteint votre seuil de solde bas, mais aucune carte n’est enregistrée pour la facturation automatique. Ajoutez une carte dans Finances → Moyens de paiement.</translation>
    </message>
    <message>
        <source>Automatic billing, %1</source>
        <translation>Facturation automatique, %1</translation>
    </message>
    <message>
        <source>Automatic billing: your card was declined</source>
        <translation>Facturation automatique : votre carte a été refusée</translation>
    </message>
    <message>
        <source>We tried to charge %1 to your %2 and it was declined (%3). We will try again on %4 at 00:01 Eastern.</source>
        <translation>Nous avons tenté de débiter %1 sur votre %2, mais le paiement a été refusé (%3). Nous réessaierons le %4 à 00:01, heure de l’Est.</translation>
    </message>
    <message>
        <source>The automatic billing settings</source>
        <translation>Les paramètres de facturation automatique</translation>
    </message>
    <message>
        <source>The automatic billing settings were removed</source>
        <translation>Les paramètres de facturation automatique ont été supprimés</translation>
    </message>
</context>
<context>
    <name>AutoBillingPage</name>
    <message>
        <source>Automatic billing is on</source>
        <translation>Facturation automatique activée</translation>
    </message>
    <message>
        <source>&amp;Update Settings</source>
        <translation>&amp;Mettre à jour les paramètres</translation>
    </message>
    <message>
        <source>Turns automatic billing off or on at once; the card and the amounts are kept.</source>
        <translation>Désactive ou active immédiatement la facturation automatique ; la carte et les montants sont conservés.</translation>
    </message>
    <message>
        <source>Charge a fixed amount when the balance reaches the threshold</source>
        <translation>Débiter un montant fixe lorsque le solde atteint le seuil</translation>
    </message>
    <message>
        <source>Top up to a target when the balance falls below a floor</source>
        <translation>Recharger jusqu’à une cible lorsque le solde passe sous un plancher</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Low-balance &amp;threshold:</source>
        <translation>&amp;Seuil de solde bas :</translation>
    </message>
    <message>
        <source>&amp;Amount to charge:</source>
        <translation>&amp;Montant à débiter :</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Plancher :</translation>
    </message>
    <message>
        <source>T&amp;arget balance:</source>
        <translation>Solde &amp;cible :</translation>
    </message>
    <message>
        <source>The card is charged at most once a day. A second low balance the same day, or a declined charge, sends a notification and is tried again the next day at 00:01 Eastern time.</source>
        <translation>La carte est débitée au plus une fois par jour. Un deuxième solde bas le même jour, ou un débit refusé, déclenche une notification et un nouvel essai le lendemain à 00:01, heure de l’Est.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>No card stored: add one under Payment Methods</source>
        <translation>Aucune carte enregistrée : ajoutez-en une dans Moyens de paiement</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Automatic Billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Current balance</source>
        <translation>Solde actuel</translation>
    </message>
    <message>
        <source>Incoming DID charges</source>
        <translation>Frais DID à venir</translation>
    </message>
    <message>
        <source>Tomorrow:</source>
        <translation>Demain :</translation>
    </message>
    <message>
        <source>Next 3 Days:</source>
        <translation>3 prochains jours :</translation>
    </message>
    <message>
        <source>Next 7 Days:</source>
        <translation>7 prochains jours :</translation>
    </message>
    <message>
        <source>The windows overlap: a charge due tomorrow is also counted in the next 3 and the next 7 days. When two windows show the same amount it is charged once, not twice.</source>
        <translation>Les périodes se chevauchent : des frais dus demain sont aussi comptés dans les 3 et les 7 prochains jours. Quand deux périodes affichent le même montant, il n’est facturé qu’une fois, pas deux.</translation>
    </message>
    <message>
        <source>Bank wire %1 of %2 is overdue (sent %3).</source>
        <translation>Le virement bancaire %1 de %2 est en retard (envoyé le %3).</translation>
    </message>
    <message>
        <source>Bank wire %1 of %2 is on its way, expected by %3.</source>
        <translation>Le virement bancaire %1 de %2 est en cours, attendu au plus tard le %3.</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>An employee account cannot fill or pay the basket; ask the account owner or an admin.</source>
        <translation>Un compte employé ne peut ni remplir ni régler le panier ; adressez-vous au titulaire du compte ou à un administrateur.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1).</source>
        <translation>La quantité doit être comprise entre 1 et 999 (valeur reçue : %1).</translation>
    </message>
    <message>
        <source>There is no option or package “%1” in the catalogue.</source>
        <translation>Le catalogue ne contient aucune option ni aucun forfait « %1 ».</translation>
    </message>
    <message>
        <source>%1 belongs to a smart number: switch it on from the Smart Numbers section.</source>
        <translation>%1 appartient à un numéro intelligent : activez-le depuis la section Numéros intelligents.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1); use the bin to remove a product.</source>
        <translation>La quantité doit être comprise entre 1 et 999 (valeur reçue : %1) ; utilisez la corbeille pour retirer un produit.</translation>
    </message>
    <message>
        <source>That basket line no longer exists.</source>
        <translation>Cette ligne du panier n’existe plus.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>%1 package</source>
        <translation>Forfait %1</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BillingOptions</name>
    <message>
        <source>The account %1 has no subscription yet.</source>
        <translation>Le compte %1 n’a pas encore d’abonnement.</translation>
    </message>
    <message>
        <source>The billing method must be monthly invoices or credit card (got “%1”).</source>
        <translation>Le mode de facturation doit être « factures mensuelles » ou « carte bancaire » (valeur reçue : « %1 »).</translation>
    </message>
    <message>
        <source>Credit card billing needs a card: choose a saved card or add one.</source>
        <translation>La facturation par carte bancaire nécessite une carte : choisissez une carte enregistrée ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>The chosen card does not belong to this account.</source>
        <translation>La carte choisie n’appartient pas à ce compte.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>E-mail de facturation</translation>
    </message>
    <message>
        <source>Billing address: “%1” is mandatory.</source>
        <translation>Adresse de facturation : « %1 » est obligatoire.</translation>
    </message>
    <message>
        <source>An employee account cannot change the billing options.</source>
        <translation>Un compte employé ne peut pas modifier les options de facturation.</translation>
    </message>
    <message>
        <source>The billing options were changed by someone else; reload and try again.</source>
        <translation>Les options de facturation ont été modifiées par quelqu’un d’autre ; rechargez-les et réessayez.</translation>
    </message>
    <message>
        <source>Billing address: %1</source>
        <translation>Adresse de facturation : %1</translation>
    </message>
</context>
<context>
    <name>BillingOptionsDialog</name>
    <message>
        <source>Monthly &amp;invoices, payable by the due date</source>
        <translation>&amp;Factures mensuelles, payables à l’échéance</translation>
    </message>
    <message>
        <source>&amp;Credit card: invoiced monthly, paid automatically by card</source>
        <translation>&amp;Carte bancaire : facturation mensuelle, paiement automatique par carte</translation>
    </message>
    <message>
        <source>Billing Options</source>
        <translation>Options de facturation</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Détails de facturation</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>Billing address (every field but the second line is mandatory)</source>
        <translation>Adresse de facturation (tous les champs sauf la deuxième ligne sont obligatoires)</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresse, ligne &amp;2 :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;État ou province :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters):</source>
        <translation>Pa&amp;ys (deux lettres) :</translation>
    </message>
    <message>
        <source>Billing &amp;e-mail:</source>
        <translation>&amp;E-mail de facturation :</translation>
    </message>
    <message>
        <source>%1 ending in %2, expires %3/%4</source>
        <translation>%1 se terminant par %2, expiration %3/%4</translation>
    </message>
    <message>
        <source>There is no saved card: add one in Finances → Payment methods first.</source>
        <translation>Aucune carte enregistrée : ajoutez-en d’abord une dans Finances → Moyens de paiement.</translation>
    </message>
</context>
<context>
    <name>BillingProfile</name>
    <message>
        <source>Company: enter the name invoices are made out to</source>
        <translation>Société : saisissez le nom qui figurera sur les factures</translation>
    </message>
    <message>
        <source>Company: at most 200 characters</source>
        <translation>Société : 200 caractères au maximum</translation>
    </message>
    <message>
        <source>Address: enter the street address</source>
        <translation>Adresse : saisissez le numéro et la rue</translation>
    </message>
    <message>
        <source>City: enter the city</source>
        <translation>Ville : saisissez la ville</translation>
    </message>
    <message>
        <source>Country: “%1” is not a two-letter country code such as US, CA or FR</source>
        <translation>Pays : « %1 » n’est pas un code de pays à deux lettres, comme US, CA ou FR</translation>
    </message>
    <message>
        <source>ZIP code: “%1” is not a ZIP code such as 10118 or 10118-0110</source>
        <translation>Code ZIP : « %1 » n’est pas un code ZIP comme 10118 ou 10118-0110</translation>
    </message>
    <message>
        <source>Postal code: “%1” is not a Canadian postal code such as H2X 1Y4</source>
        <translation>Code postal : « %1 » n’est pas un code postal canadien comme H2X 1Y4</translation>
    </message>
    <message>
        <source>Postal code: at most 12 characters</source>
        <translation>Code postal : 12 caractères au maximum</translation>
    </message>
    <message>
        <source>State or province: enter it for an address in the US or Canada</source>
        <translation>État ou province : obligatoire pour une adresse aux États-Unis ou au Canada</translation>
    </message>
    <message>
        <source>Billing e-mail: “%1” is not an e-mail address</source>
        <translation>E-mail de facturation : « %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as USD, CAD or EUR</source>
        <translation>Devise : « %1 » n’est pas un code ISO 4217 comme USD, CAD ou EUR</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone such as America/New_York</source>
        <translation>Fuseau horaire : « %1 » n’est pas un fuseau horaire comme America/New_York</translation>
    </message>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Cette base de données ne contient pas de compte %1</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view the billing profile</source>
        <translation>Votre rôle dans ce compte ne permet que de consulter le profil de facturation</translation>
    </message>
    <message>
        <source>Currency: the account already has transactions in %1; its currency cannot change</source>
        <translation>Devise : le compte a déjà des transactions en %1 ; sa devise ne peut plus changer</translation>
    </message>
    <message>
        <source>The billing profile was changed by someone else; reload it</source>
        <translation>Le profil de facturation a été modifié par quelqu’un d’autre ; rechargez-le</translation>
    </message>
</context>
<context>
    <name>BillingProfilePage</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address (line 2):</source>
        <translation>Adresse (ligne 2) :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>State or &amp;province:</source>
        <translation>État ou &amp;province :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters):</source>
        <translation>Pa&amp;ys (deux lettres) :</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Billing &amp;e-mail:</source>
        <translation>&amp;E-mail de facturation :</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>Every payment notification goes to this address.</source>
        <translation>Toutes les notifications de paiement sont envoyées à cette adresse.</translation>
    </message>
    <message>
        <source>The billing profile was saved.</source>
        <translation>Le profil de facturation a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CallerFilter</name>
    <message>
        <source>“%1” is not a caller pattern: use a number in international form (+15145550123), a prefix ending in * (+1514*) or “anonymous”</source>
        <translation>« %1 » n’est pas un motif d’appelant : utilisez un numéro au format international (+15145550123), un préfixe terminé par * (+1514*) ou « anonymous »</translation>
    </message>
</context>
<context>
    <name>CallerFilterEntry</name>
    <message>
        <source>Exact number</source>
        <translation>Numéro exact</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation>Appelants anonymes</translation>
    </message>
    <message>
        <source>The caller filter entry is empty: write a number, a prefix like +1514* or “anonymous”</source>
        <translation>L’entrée du filtre d’appelants est vide : saisissez un numéro, un préfixe comme +1514* ou « anonymous »</translation>
    </message>
</context>
<context>
    <name>CallerFilterModel</name>
    <message>
        <source>Choose a number first</source>
        <translation>Choisissez d’abord un numéro</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CallerFilterRepository</name>
    <message>
        <source>Your role (employee) lets you view caller filters, not change them</source>
        <translation>Votre rôle (employé) vous permet de consulter les filtres d’appelants, pas de les modifier</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Ce numéro ne fait plus partie du compte</translation>
    </message>
    <message>
        <source>“%1” is already in this list</source>
        <translation>« %1 » figure déjà dans cette liste</translation>
    </message>
    <message>
        <source>This entry is no longer in the list</source>
        <translation>Cette entrée ne figure plus dans la liste</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>This number uses an allow list: a caller who is not on it is already kept out</source>
        <translation>Ce numéro utilise une liste d’autorisation : un appelant qui n’y figure pas est déjà refusé</translation>
    </message>
    <message>
        <source>Blocked from the missed calls list</source>
        <translation>Bloqué depuis la liste des appels manqués</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Cette entrée</translation>
    </message>
</context>
<context>
    <name>CallsReportModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CdrImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Your role in this account only views: importing calls is not allowed.</source>
        <translation>Votre rôle dans ce compte ne permet que la consultation : l’importation d’appels n’est pas autorisée.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’importation a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>the header must be “%1”</source>
        <translation>l’en-tête doit être « %1 »</translation>
    </message>
    <message>
        <source>expected 6 fields (%1)</source>
        <translation>6 champs attendus (%1)</translation>
    </message>
    <message>
        <source>bad date “%1” (expected a UTC instant such as 2026-11-23T15:04:05Z)</source>
        <translation>date incorrecte « %1 » (un instant UTC est attendu, comme 2026-11-23T15:04:05Z)</translation>
    </message>
    <message>
        <source>unknown number “%1” (not one of this account&apos;s numbers)</source>
        <translation>numéro inconnu « %1 » (ce n’est pas un des numéros de ce compte)</translation>
    </message>
    <message>
        <source>bad caller “%1” (expected an E.164 number or “anonymous”)</source>
        <translation>appelant incorrect « %1 » (un numéro E.164 ou « anonymous » est attendu)</translation>
    </message>
    <message>
        <source>unknown disposition “%1” (expected answered, missed, voicemail, blocked or outbound)</source>
        <translation>issue inconnue « %1 » (answered, missed, voicemail, blocked ou outbound attendu)</translation>
    </message>
    <message>
        <source>negative duration %1</source>
        <translation>durée négative %1</translation>
    </message>
    <message>
        <source>bad duration “%1” (expected whole seconds)</source>
        <translation>durée incorrecte « %1 » (un nombre entier de secondes est attendu)</translation>
    </message>
    <message>
        <source>bad charge “%1” (expected a decimal amount of at least 0 such as 0.25)</source>
        <translation>montant incorrect « %1 » (un montant décimal supérieur ou égal à 0 est attendu, comme 0.25)</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header “%1”.</source>
        <translation>Le fichier est vide : il doit contenir l’en-tête « %1 ».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at “%1”; create it with “linedesk-cli --db %1 init --demo”</source>
        <translation>Il n’y a pas de base de données à « %1 » ; créez-la avec « linedesk-cli --db %1 init --demo »</translation>
    </message>
    <message>
        <source>Shows the options of this command.</source>
        <translation>Affiche les options de cette commande.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>info: unexpected argument “%1”</source>
        <translation>info : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 (%2), id %3</source>
        <translation>%1 (%2), identifiant %3</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles de routage</translation>
    </message>
    <message>
        <source>Show the backend, schema version, account and row counts.</source>
        <translation>Affiche le moteur, la version du schéma, le compte et le nombre de lignes.</translation>
    </message>
    <message>
        <source>Adds a realistic demo account.</source>
        <translation>Ajoute un compte de démonstration réaliste.</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>Graine des données de démonstration (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>init: --seed “%1” must be a positive whole number</source>
        <translation>init : --seed « %1 » doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>init: --seed goes with --demo</source>
        <translation>init : --seed s’utilise avec --demo</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Compte de démonstration</translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a demo account.</source>
        <translation>Crée ou met à niveau la base de données ; --demo ajoute un compte de démonstration.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, fr or es</source>
        <translation>Langue inconnue « %1 » ; utilisez en, fr ou es</translation>
    </message>
    <message>
        <source>LineDesk command line: manage a virtual phone number account.</source>
        <translation>LineDesk en ligne de commande : gérez un compte de numéros de téléphone virtuels.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>The database: a SQLite file or postgresql://user@host:port/db (default: $LINEDESK_DB, then the GUI&apos;s database).</source>
        <translation>La base de données : un fichier SQLite ou postgresql://utilisateur@hôte:port/base (par défaut : $LINEDESK_DB, puis la base de l’interface graphique).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>chemin-ou-url</translation>
    </message>
    <message>
        <source>The clock for everything time-dependent, as an ISO 8601 instant with its offset (2026-11-23T10:00:00-05:00).</source>
        <translation>L’horloge de tout ce qui dépend du temps, sous forme d’instant ISO 8601 avec son décalage (2026-11-23T10:00:00-05:00).</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or es.</source>
        <translation>Langue des messages : en, fr ou es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>The account to work on when the database holds several.</source>
        <translation>Le compte sur lequel travailler quand la base en contient plusieurs.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>The command to run, then its options.</source>
        <translation>La commande à exécuter, puis ses options.</translation>
    </message>
    <message>
        <source>Unknown output format “%1”; use table, csv or json</source>
        <translation>Format de sortie inconnu « %1 » ; utilisez table, csv ou json</translation>
    </message>
    <message>
        <source>--now “%1” is not an instant; write it like 2026-11-23T10:00:00-05:00</source>
        <translation>--now « %1 » n’est pas un instant ; écrivez-le comme 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>--account “%1” is not an account id</source>
        <translation>--account « %1 » n’est pas un identifiant de compte</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run linedesk-cli --help for the list</source>
        <translation>Commande inconnue « %1 » ; lancez linedesk-cli --help pour en voir la liste</translation>
    </message>
    <message>
        <source>Monthly price of the service, e.g. 12.95.</source>
        <translation>Prix mensuel du service, p. ex. 12.95.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>Day the service starts (YYYY-MM-DD).</source>
        <translation>Jour de début du service (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Invoice day of the month, 1–28, or 0 for the last day (default 1).</source>
        <translation>Jour de facturation dans le mois, 1 à 28, ou 0 pour le dernier jour (1 par défaut).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>J</translation>
    </message>
    <message>
        <source>A prepaid account: one full month is due as well.</source>
        <translation>Compte prépayé : un mois complet est également dû.</translation>
    </message>
    <message>
        <source>billing prorate: unexpected argument “%1”</source>
        <translation>billing prorate : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>billing prorate: --monthly AMOUNT is required</source>
        <translation>billing prorate : --monthly MONTANT est obligatoire</translation>
    </message>
    <message>
        <source>billing prorate: --start DATE is required</source>
        <translation>billing prorate : --start DATE est obligatoire</translation>
    </message>
    <message>
        <source>billing prorate: --monthly “%1”: %2</source>
        <translation>billing prorate : --monthly « %1 » : %2</translation>
    </message>
    <message>
        <source>billing prorate: --start “%1” is not a date (YYYY-MM-DD)</source>
        <translation>billing prorate : --start « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>billing prorate: --invoice-day “%1” must be 1 to 28, or 0 for the last day</source>
        <translation>billing prorate : --invoice-day « %1 » doit être compris entre 1 et 28, ou 0 pour le dernier jour</translation>
    </message>
    <message>
        <source>billing prorate: %1</source>
        <translation>billing prorate : %1</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Au prorata</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Dû maintenant</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>%1 of %2 (to %3)</source>
        <translation>%1 sur %2 (jusqu’au %3)</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] billing prorate --monthly AMOUNT --start DATE [--invoice-day D] [--prepaid]</source>
        <translation>Utilisation : linedesk-cli [options globales] billing prorate --monthly MONTANT --start DATE [--invoice-day J] [--prepaid]</translation>
    </message>
    <message>
        <source>billing: unknown subcommand “%1”; use prorate</source>
        <translation>billing : sous-commande inconnue « %1 » ; utilisez prorate</translation>
    </message>
    <message>
        <source>Prorate a monthly price: billing prorate --monthly A --start DATE.</source>
        <translation>Calcule le prorata d’un prix mensuel : billing prorate --monthly MONTANT --start DATE.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next 3 Days</source>
        <translation>3 prochains jours</translation>
    </message>
    <message>
        <source>Next 7 Days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>finances transactions: give both --from and --to (YYYY-MM-DD)</source>
        <translation>finances transactions : indiquez à la fois --from et --to (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>finances transactions: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>finances transactions : --from « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>finances transactions: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>finances transactions : --to « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>finances transactions: --to %1 is before --from %2</source>
        <translation>finances transactions : --to %1 est antérieur à --from %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>finances add-funds: give one AMOUNT, e.g. “finances add-funds 25.00 --method card”</source>
        <translation>finances add-funds : indiquez un MONTANT, p. ex. « finances add-funds 25.00 --method card »</translation>
    </message>
    <message>
        <source>finances add-funds: --method “%1” is not card, paypal or wire</source>
        <translation>finances add-funds : --method « %1 » n’est ni card, ni paypal, ni wire</translation>
    </message>
    <message>
        <source>finances add-funds: AMOUNT “%1”: %2</source>
        <translation>finances add-funds : MONTANT « %1 » : %2</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Attendu le</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Déposé</translation>
    </message>
    <message>
        <source>finances autobill: --%1 “%2”: %3</source>
        <translation>finances autobill : --%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>finances autobill: --enabled “%1” is not on or off</source>
        <translation>finances autobill : --enabled « %1 » n’est ni on ni off</translation>
    </message>
    <message>
        <source>finances autobill: --mode “%1” is not threshold or topup</source>
        <translation>finances autobill : --mode « %1 » n’est ni threshold ni topup</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>top up to a target</source>
        <translation>recharge jusqu’à une cible</translation>
    </message>
    <message>
        <source>fixed amount at a threshold</source>
        <translation>montant fixe à un seuil</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>finances forecast: --days “%1” is not a number of days from 1 to 366</source>
        <translation>finances forecast : --days « %1 » n’est pas un nombre de jours compris entre 1 et 366</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <source>Without automatic billing the balance reaches zero on %1.</source>
        <translation>Sans facturation automatique, le solde atteint zéro le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for %n day(s).</source>
        <translation>
            <numerusform>Sans facturation automatique, le solde reste au-dessus de zéro pendant %n jour.</numerusform>
            <numerusform>Sans facturation automatique, le solde reste au-dessus de zéro pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>balance | upcoming | transactions | add-funds AMOUNT | autobill | forecast</source>
        <translation>balance | upcoming | transactions | add-funds MONTANT | autobill | forecast</translation>
    </message>
    <message>
        <source>transactions: first day (YYYY-MM-DD).</source>
        <translation>transactions : premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>transactions: last day (YYYY-MM-DD).</source>
        <translation>transactions : dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>add-funds: card, paypal or wire.</source>
        <translation>add-funds : card, paypal ou wire.</translation>
    </message>
    <message>
        <source>autobill: charge when the balance reaches this.</source>
        <translation>autobill : débiter lorsque le solde atteint ce montant.</translation>
    </message>
    <message>
        <source>autobill: the amount to charge.</source>
        <translation>autobill : le montant à débiter.</translation>
    </message>
    <message>
        <source>autobill: on or off (keeps the card).</source>
        <translation>autobill : on ou off (conserve la carte).</translation>
    </message>
    <message>
        <source>autobill: threshold or topup.</source>
        <translation>autobill : threshold ou topup.</translation>
    </message>
    <message>
        <source>autobill, top-up mode: recharge below this balance.</source>
        <translation>autobill, mode recharge : recharger sous ce solde.</translation>
    </message>
    <message>
        <source>autobill, top-up mode: recharge up to this balance.</source>
        <translation>autobill, mode recharge : recharger jusqu’à ce solde.</translation>
    </message>
    <message>
        <source>autobill: apply the rules now (charges the card if they say so).</source>
        <translation>autobill : appliquer les règles maintenant (débite la carte si elles le prévoient).</translation>
    </message>
    <message>
        <source>forecast: how many days ahead (30, 60, 90…).</source>
        <translation>forecast : nombre de jours à prévoir (30, 60, 90…).</translation>
    </message>
    <message>
        <source>finances: give a subcommand: balance, upcoming, transactions, add-funds, autobill or forecast</source>
        <translation>finances : indiquez une sous-commande : balance, upcoming, transactions, add-funds, autobill ou forecast</translation>
    </message>
    <message>
        <source>finances: unknown subcommand “%1”</source>
        <translation>finances : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>finances %1: the option --%2 does not apply here</source>
        <translation>finances %1 : l’option --%2 ne s’applique pas ici</translation>
    </message>
    <message>
        <source>finances %1: unexpected argument “%2”</source>
        <translation>finances %1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>finances add-funds: give --method card, paypal or wire</source>
        <translation>finances add-funds : indiquez --method card, paypal ou wire</translation>
    </message>
    <message>
        <source>Balance, upcoming charges, transactions, add funds, automatic billing and the forecast.</source>
        <translation>Solde, frais à venir, transactions, approvisionnement, facturation automatique et prévision.</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête : %1</translation>
    </message>
    <message>
        <source>import cdr: expected one CSV file, as in “import cdr calls.csv”</source>
        <translation>import cdr : un seul fichier CSV est attendu, comme dans « import cdr calls.csv »</translation>
    </message>
    <message>
        <source>import cdr: there is no file “%1”</source>
        <translation>import cdr : le fichier « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Calls imported</source>
        <translation>Appels importés</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présents</translation>
    </message>
    <message>
        <source>import: expected “cdr”, as in “import cdr FILE.csv”</source>
        <translation>import : « cdr » attendu, comme dans « import cdr FICHIER.csv »</translation>
    </message>
    <message>
        <source>Import call records: import cdr FILE.csv.</source>
        <translation>Importe des enregistrements d’appels : import cdr FICHIER.csv.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (at most 6 months back).</source>
        <translation>Premier jour, AAAA-MM-JJ (6 mois en arrière au plus).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (inclusive).</source>
        <translation>Dernier jour, AAAA-MM-JJ (inclus).</translation>
    </message>
    <message>
        <source>Only this number (repeat for several).</source>
        <translation>Uniquement ce numéro (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>all, answered, missed, voicemail, blocked or outbound.</source>
        <translation>all, answered, missed, voicemail, blocked ou outbound.</translation>
    </message>
    <message>
        <source>none, day, did or hour.</source>
        <translation>none, day, did ou hour.</translation>
    </message>
    <message>
        <source>report calls: unexpected argument “%1”</source>
        <translation>report calls : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>report calls: --from and --to are required (YYYY-MM-DD)</source>
        <translation>report calls : --from et --to sont obligatoires (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>report calls: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>report calls : --from « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>report calls: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>report calls : --to « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>report calls: --type must be all, answered, missed, voicemail, blocked or outbound, not “%1”</source>
        <translation>report calls : --type doit valoir all, answered, missed, voicemail, blocked ou outbound, et non « %1 »</translation>
    </message>
    <message>
        <source>report calls: --group-by must be none, day, did or hour, not “%1”</source>
        <translation>report calls : --group-by doit valoir none, day, did ou hour, et non « %1 »</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Total: %1 calls, %2 minutes, %3</source>
        <translation>Total : %1 appels, %2 minutes, %3</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] report calls --from DATE --to DATE [--did E164]... [--type TYPE] [--group-by GROUP]</source>
        <translation>Utilisation : linedesk-cli [options globales] report calls --from DATE --to DATE [--did E164]... [--type TYPE] [--group-by GROUPE]</translation>
    </message>
    <message>
        <source>report: expected “calls”, as in “report calls --from DATE --to DATE”</source>
        <translation>report : « calls » attendu, comme dans « report calls --from DATE --to DATE »</translation>
    </message>
    <message>
        <source>Call reports: report calls --from DATE --to DATE [--did E164]... [--type] [--group-by].</source>
        <translation>Rapports d’appels : report calls --from DATE --to DATE [--did E164]... [--type] [--group-by].</translation>
    </message>
    <message>
        <source>route: the account has no number %1</source>
        <translation>route : le compte n’a pas de numéro %1</translation>
    </message>
    <message>
        <source>The number whose routing is replaced.</source>
        <translation>Le numéro dont le routage est remplacé.</translation>
    </message>
    <message>
        <source>The routing configuration (JSON, as printed by route show).</source>
        <translation>La configuration de routage (JSON, telle qu’affichée par route show).</translation>
    </message>
    <message>
        <source>route set: expected E164 FILE.json</source>
        <translation>route set : E164 FICHIER.json attendu</translation>
    </message>
    <message>
        <source>route set: cannot read “%1”: %2</source>
        <translation>route set : impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>route set: %1: %2</source>
        <translation>route set : %1 : %2</translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation>Règles enregistrées</translation>
    </message>
    <message>
        <source>The number whose routing is printed (JSON).</source>
        <translation>Le numéro dont le routage est affiché (JSON).</translation>
    </message>
    <message>
        <source>route show: expected E164</source>
        <translation>route show : E164 attendu</translation>
    </message>
    <message>
        <source>The number called.</source>
        <translation>Le numéro appelé.</translation>
    </message>
    <message>
        <source>When the call arrives (ISO 8601 with an offset or Z).</source>
        <translation>Moment d’arrivée de l’appel (ISO 8601 avec un décalage ou Z).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANT</translation>
    </message>
    <message>
        <source>Who calls (E.164 or anonymous); without it the filter is not consulted.</source>
        <translation>L’appelant (E.164 ou anonymous) ; sans cette option, le filtre n’est pas consulté.</translation>
    </message>
    <message>
        <source>E164</source>
        <translation>E164</translation>
    </message>
    <message>
        <source>route simulate: expected E164 --at INSTANT</source>
        <translation>route simulate : E164 --at INSTANT attendu</translation>
    </message>
    <message>
        <source>route simulate: --at INSTANT is required</source>
        <translation>route simulate : --at INSTANT est obligatoire</translation>
    </message>
    <message>
        <source>route simulate: --at “%1” is not an instant with an offset, like 2026-11-23T10:00:00-05:00</source>
        <translation>route simulate : --at « %1 » n’est pas un instant avec décalage, comme 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>route simulate: --caller “%1” is not a number in international form or “anonymous”</source>
        <translation>route simulate : --caller « %1 » n’est ni un numéro au format international ni « anonymous »</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The number whose routing is checked.</source>
        <translation>Le numéro dont le routage est vérifié.</translation>
    </message>
    <message>
        <source>route lint: expected E164</source>
        <translation>route lint : E164 attendu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] route set E164 FILE.json | show E164 | simulate E164 --at INSTANT [--caller E164|anonymous] | lint E164</source>
        <translation>Utilisation : linedesk-cli [options globales] route set E164 FICHIER.json | show E164 | simulate E164 --at INSTANT [--caller E164|anonymous] | lint E164</translation>
    </message>
    <message>
        <source>route: expected set, show, simulate or lint</source>
        <translation>route : set, show, simulate ou lint attendu</translation>
    </message>
    <message>
        <source>route: unknown subcommand “%1” (expected set, show, simulate or lint)</source>
        <translation>route : sous-commande inconnue « %1 » (attendues : set, show, simulate ou lint)</translation>
    </message>
    <message>
        <source>Set, show, simulate and lint a number&apos;s routing rules (route set|show|simulate|lint).</source>
        <translation>Définit, affiche, simule et vérifie les règles de routage d’un numéro (route set|show|simulate|lint).</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>%1, %2 a month</source>
        <translation>%1, %2 par mois</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Prix mensuel</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Smart numbers</source>
        <translation>Numéros intelligents</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>Facturé maintenant</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois prochain</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Prise d’effet</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>no (dry run)</source>
        <translation>non (simulation)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] subscription show | add-option CODE [--number E164] [--quantity N] | remove-option CODE [--number E164] | add-number E164 | cancel</source>
        <translation>Utilisation : linedesk-cli [options globales] subscription show | add-option CODE [--number E164] [--quantity N] | remove-option CODE [--number E164] | add-number E164 | cancel</translation>
    </message>
    <message>
        <source>subscription: unknown subcommand “%1”; use %2</source>
        <translation>subscription : sous-commande inconnue « %1 » ; utilisez %2</translation>
    </message>
    <message>
        <source>The smart number of a fax, SMS or 911 option.</source>
        <translation>Le numéro intelligent d’une option fax, SMS ou 911.</translation>
    </message>
    <message>
        <source>How many (devices, minute packages); default 1.</source>
        <translation>Quantité (appareils, forfaits de minutes) ; 1 par défaut.</translation>
    </message>
    <message>
        <source>Send the confirmation to the billing e-mail (outbox).</source>
        <translation>Envoie la confirmation à l’e-mail de facturation (boîte d’envoi).</translation>
    </message>
    <message>
        <source>Show the price impact without changing anything.</source>
        <translation>Affiche l’incidence sur le prix sans rien modifier.</translation>
    </message>
    <message>
        <source>Client request id: the same id again never charges twice.</source>
        <translation>Identifiant de requête client : réutiliser le même identifiant ne facture jamais deux fois.</translation>
    </message>
    <message>
        <source>subscription %1: give exactly one %2</source>
        <translation>subscription %1 : indiquez exactement un %2</translation>
    </message>
    <message>
        <source>subscription %1: unexpected argument “%2”</source>
        <translation>subscription %1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>subscription add-option: --quantity “%1” must be a whole number of at least 1</source>
        <translation>subscription add-option : --quantity « %1 » doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>Show or change the subscription: show, add-option, remove-option, add-number, cancel.</source>
        <translation>Affiche ou modifie l’abonnement : show, add-option, remove-option, add-number, cancel.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Frais mensuels</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Only numbers whose digits, note or rate centre contain TEXT.</source>
        <translation>Uniquement les numéros dont les chiffres, la note ou le centre tarifaire contiennent TEXTE.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Only numbers of this country (ISO code).</source>
        <translation>Uniquement les numéros de ce pays (code ISO).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>Only local, toll-free or international numbers.</source>
        <translation>Uniquement les numéros local, toll-free ou international.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only flat or per-minute numbers.</source>
        <translation>Uniquement les numéros flat ou per-minute.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>FORMULE</translation>
    </message>
    <message>
        <source>numbers list: unexpected argument “%1”</source>
        <translation>numbers list : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>numbers list: --type “%1” must be local, toll-free or international</source>
        <translation>numbers list : --type « %1 » doit être local, toll-free ou international</translation>
    </message>
    <message>
        <source>numbers list: --plan “%1” must be flat or per-minute</source>
        <translation>numbers list : --plan « %1 » doit être flat ou per-minute</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>local, toll-free or international (default: from the number).</source>
        <translation>local, toll-free ou international (par défaut : selon le numéro).</translation>
    </message>
    <message>
        <source>flat or per-minute (default flat).</source>
        <translation>flat ou per-minute (flat par défaut).</translation>
    </message>
    <message>
        <source>Monthly fee, like 4.95 (default 0).</source>
        <translation>Frais mensuels, comme 4.95 (0 par défaut).</translation>
    </message>
    <message>
        <source>Order date YYYY-MM-DD (default today).</source>
        <translation>Date de commande AAAA-MM-JJ (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Next billing date YYYY-MM-DD (default: a month after the order, the next one after today).</source>
        <translation>Date de prochaine facturation AAAA-MM-JJ (par défaut : un mois après la commande, la première échéance après aujourd’hui).</translation>
    </message>
    <message>
        <source>The number, like +15145550123.</source>
        <translation>Le numéro, comme +15145550123.</translation>
    </message>
    <message>
        <source>numbers add: give exactly one number, like +15145550123</source>
        <translation>numbers add : indiquez un seul numéro, comme +15145550123</translation>
    </message>
    <message>
        <source>numbers add: --ordered “%1” is not a date YYYY-MM-DD</source>
        <translation>numbers add : --ordered « %1 » n’est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>numbers add: --next-billing “%1” is not a date YYYY-MM-DD</source>
        <translation>numbers add : --next-billing « %1 » n’est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>numbers add: --monthly: %1</source>
        <translation>numbers add : --monthly : %1</translation>
    </message>
    <message>
        <source>The number to release.</source>
        <translation>Le numéro à libérer.</translation>
    </message>
    <message>
        <source>numbers remove: give exactly one number, like +15145550123</source>
        <translation>numbers remove : indiquez un seul numéro, comme +15145550123</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Activity Time Zone, an IANA name like America/New_York.</source>
        <translation>Fuseau horaire de l’activité, un nom IANA comme America/New_York.</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on ou off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>The number&apos;s note.</source>
        <translation>La note du numéro.</translation>
    </message>
    <message>
        <source>The number to change.</source>
        <translation>Le numéro à modifier.</translation>
    </message>
    <message>
        <source>numbers set: give exactly one number, like +15145550123</source>
        <translation>numbers set : indiquez un seul numéro, comme +15145550123</translation>
    </message>
    <message>
        <source>numbers set: nothing to change; use --timezone, --voicemail or --note</source>
        <translation>numbers set : rien à modifier ; utilisez --timezone, --voicemail ou --note</translation>
    </message>
    <message>
        <source>numbers set: --voicemail “%1” must be on or off</source>
        <translation>numbers set : --voicemail « %1 » doit être on ou off</translation>
    </message>
    <message>
        <source>numbers set: “%1” is not a known time zone: use an IANA name like America/New_York</source>
        <translation>numbers set : « %1 » n’est pas un fuseau horaire connu : utilisez un nom IANA comme America/New_York</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>Le numéro.</translation>
    </message>
    <message>
        <source>flat or per-minute.</source>
        <translation>flat ou per-minute.</translation>
    </message>
    <message>
        <source>numbers plan: give a number and a plan, like +15145550123 per-minute</source>
        <translation>numbers plan : indiquez un numéro et une formule, comme +15145550123 per-minute</translation>
    </message>
    <message>
        <source>numbers plan: “%1” must be flat or per-minute</source>
        <translation>numbers plan : « %1 » doit être flat ou per-minute</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] numbers list|add|remove|set|plan …</source>
        <translation>Utilisation : linedesk-cli [options globales] numbers list|add|remove|set|plan …</translation>
    </message>
    <message>
        <source>numbers: say what to do: list, add, remove, set or plan</source>
        <translation>numbers : indiquez l’action : list, add, remove, set ou plan</translation>
    </message>
    <message>
        <source>numbers: unknown action “%1”; use list, add, remove, set or plan</source>
        <translation>numbers : action inconnue « %1 » ; utilisez list, add, remove, set ou plan</translation>
    </message>
    <message>
        <source>List, add, release and change the account&apos;s phone numbers.</source>
        <translation>Liste, ajoute, libère et modifie les numéros de téléphone du compte.</translation>
    </message>
    <message>
        <source>finances add-funds: --request-id “%1” must be 1 to 100 letters, digits, “.”, “_”, “:” or “-”</source>
        <translation>finances add-funds : --request-id « %1 » doit comporter de 1 à 100 lettres, chiffres, « . », « _ », « : » ou « - »</translation>
    </message>
    <message>
        <source>finances add-funds: --request-id applies to card and PayPal deposits; a wire has its reference</source>
        <translation>finances add-funds : --request-id s’applique aux dépôts par carte et PayPal ; un virement a sa propre référence</translation>
    </message>
    <message>
        <source>add-funds: your id for this deposit; repeating the command with it never charges twice.</source>
        <translation>add-funds : votre identifiant pour ce dépôt ; répéter la commande avec celui-ci ne débite jamais deux fois.</translation>
    </message>
    <message>
        <source>First day of the invoice (YYYY-MM-DD).</source>
        <translation>Premier jour de la facture (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Last day of the invoice (YYYY-MM-DD), included.</source>
        <translation>Dernier jour de la facture (AAAA-MM-JJ), inclus.</translation>
    </message>
    <message>
        <source>A calendar month instead of --from/--to (YYYY-MM).</source>
        <translation>Un mois civil au lieu de --from/--to (AAAA-MM).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MOIS</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FICHIER.pdf</translation>
    </message>
    <message>
        <source>standard (every ledger line) or canadian (deposits with their taxes).</source>
        <translation>standard (toutes les écritures) ou canadian (dépôts avec leurs taxes).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>One invoice per account of the database (with --month and --out-dir).</source>
        <translation>Une facture par compte de la base de données (avec --month et --out-dir).</translation>
    </message>
    <message>
        <source>The folder for the batch&apos;s PDF files.</source>
        <translation>Le dossier des fichiers PDF du lot.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>invoice: unexpected argument “%1”</source>
        <translation>invoice : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>invoice: --kind “%1” is not standard or canadian</source>
        <translation>invoice : --kind « %1 » n’est ni standard ni canadian</translation>
    </message>
    <message>
        <source>invoice: give either --month or --from and --to, not both</source>
        <translation>invoice : indiquez soit --month, soit --from et --to, pas les deux</translation>
    </message>
    <message>
        <source>invoice: --month “%1” is not a month (YYYY-MM)</source>
        <translation>invoice : --month « %1 » n’est pas un mois (AAAA-MM)</translation>
    </message>
    <message>
        <source>invoice: --from DATE and --to DATE are required (or --month YYYY-MM)</source>
        <translation>invoice : --from DATE et --to DATE sont obligatoires (ou --month AAAA-MM)</translation>
    </message>
    <message>
        <source>invoice: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>invoice : --from « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>invoice: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>invoice : --to « %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>invoice: --to %1 is before --from %2</source>
        <translation>invoice : --to %1 est antérieur à --from %2</translation>
    </message>
    <message>
        <source>invoice: --all-accounts needs --out-dir DIR</source>
        <translation>invoice : --all-accounts nécessite --out-dir DOSSIER</translation>
    </message>
    <message>
        <source>invoice: --all-accounts writes one file per account in --out-dir; --out does not apply</source>
        <translation>invoice : --all-accounts écrit un fichier par compte dans --out-dir ; --out ne s’applique pas</translation>
    </message>
    <message>
        <source>invoice: --out FILE.pdf is required</source>
        <translation>invoice : --out FICHIER.pdf est obligatoire</translation>
    </message>
    <message>
        <source>invoice: --out-dir goes with --all-accounts</source>
        <translation>invoice : --out-dir s’utilise avec --all-accounts</translation>
    </message>
    <message>
        <source>invoice: --out: the folder “%1” does not exist</source>
        <translation>invoice : --out : le dossier « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>invoice: --out “%1” is a folder; give a file name</source>
        <translation>invoice : --out « %1 » est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>invoice: --out-dir “%1” is a file, not a folder</source>
        <translation>invoice : --out-dir « %1 » est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>invoice: cannot create the folder “%1”</source>
        <translation>invoice : impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3 : %4</translation>
    </message>
    <message>
        <source>[%1/%2] %3: FAILED: %4</source>
        <translation>[%1/%2] %3 : ÉCHEC : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to %1; %2 failed.</source>
        <translation>
            <numerusform>%n facture écrite dans %1 ; échecs : %2.</numerusform>
            <numerusform>%n factures écrites dans %1 ; échecs : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Échec : %1 : %2</translation>
    </message>
    <message>
        <source>Invoice as PDF: --from --to --out [--kind standard|canadian], or --month --all-accounts --out-dir</source>
        <translation>Facture en PDF : --from --to --out [--kind standard|canadian], ou --month --all-accounts --out-dir</translation>
    </message>
    <message>
        <source>%1: give the server with --db postgresql://admin@host/database; a SQLite file has no users</source>
        <translation>%1 : indiquez le serveur avec --db postgresql://admin@hôte/base ; un fichier SQLite n’a pas d’utilisateurs</translation>
    </message>
    <message>
        <source>server setup: unexpected argument “%1”</source>
        <translation>server setup : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Tables owned by</source>
        <translation>Tables appartenant à</translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation>Rôles de groupe</translation>
    </message>
    <message>
        <source>Row-level security</source>
        <translation>Sécurité au niveau des lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only for members</source>
        <translation>Lecture seule pour les membres</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The user&apos;s PostgreSQL login.</source>
        <translation>L’identifiant PostgreSQL de l’utilisateur.</translation>
    </message>
    <message>
        <source>%1: name the user (their PostgreSQL login)</source>
        <translation>%1 : indiquez le nom de l’utilisateur (son identifiant PostgreSQL)</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>%1: “%2” is not a user name LineDesk accepts (lower-case letters, digits, _ . - @; not pg_… or linedesk_…)</source>
        <translation>%1 : « %2 » n’est pas un nom d’utilisateur accepté par LineDesk (lettres minuscules, chiffres, _ . - @ ; ni pg_… ni linedesk_…)</translation>
    </message>
    <message>
        <source>owner, admin or employee (read only).</source>
        <translation>owner, admin ou employee (lecture seule).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Read the user&apos;s password from the first line of standard input.</source>
        <translation>Lire le mot de passe de l’utilisateur sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>%1: --role must be owner, admin or employee</source>
        <translation>%1 : --role doit valoir owner, admin ou employee</translation>
    </message>
    <message>
        <source>%1: --password-stdin read an empty password</source>
        <translation>%1 : --password-stdin a lu un mot de passe vide</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New login</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Memberships removed</source>
        <translation>Appartenances supprimées</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli --db postgresql://admin@host/database server setup | add-user NAME --role owner|admin|employee [--password-stdin] | remove-user NAME</source>
        <translation>Utilisation : linedesk-cli --db postgresql://admin@hôte/base server setup | add-user NOM --role owner|admin|employee [--password-stdin] | remove-user NOM</translation>
    </message>
    <message>
        <source>server: say what to do: setup, add-user or remove-user</source>
        <translation>server : indiquez l’action : setup, add-user ou remove-user</translation>
    </message>
    <message>
        <source>server: unknown action “%1”; use setup, add-user or remove-user</source>
        <translation>server : action inconnue « %1 » ; utilisez setup, add-user ou remove-user</translation>
    </message>
    <message>
        <source>Set up a team&apos;s PostgreSQL server: roles, row-level security, users.</source>
        <translation>Configurer le serveur PostgreSQL d’une équipe : rôles, sécurité au niveau des lignes, utilisateurs.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Poursuivre la modification</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1

Reload shows their version and drops your changes. Overwrite saves your changes over theirs. Keep Editing leaves your changes on screen, unsaved.</source>
        <translation>%1

« Recharger » affiche la version enregistrée et abandonne vos modifications. « Écraser » enregistre vos modifications à la place de l’autre version. « Poursuivre la modification » laisse vos modifications à l’écran, sans les enregistrer.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>bd.exemple.fr</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Désactivé : ne jamais chiffrer</translation>
    </message>
    <message>
        <source>Allow: encrypt if the server insists</source>
        <translation>Autorisé : chiffrer si le serveur l’exige</translation>
    </message>
    <message>
        <source>Prefer: encrypt when possible (default)</source>
        <translation>Préféré : chiffrer si possible (par défaut)</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Requis : toujours chiffrer</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate authority</source>
        <translation>Vérifier l’AC : chiffrer et vérifier l’autorité de certification</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Vérification complète : chiffrer, vérifier le certificat et le nom d’hôte</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Échec de la connexion.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>an empty database: LineDesk will create its tables</source>
        <translation>une base vide : LineDesk y créera ses tables</translation>
    </message>
    <message>
        <source>LineDesk schema version %1</source>
        <translation>schéma LineDesk version %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1: %2.</source>
        <translation>&lt;b&gt;Connecté&lt;/b&gt; à %1 : %2.</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Unless you tick “Remember password”, the password is used for this session only. LineDesk never writes it to its settings or to a file.</source>
        <translation>Si vous ne cochez pas « Mémoriser le mot de passe », le mot de passe n’est utilisé que pour cette session. LineDesk ne l’écrit jamais dans ses paramètres ni dans un fichier.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconnexion dans %n seconde…</numerusform>
            <numerusform>Reconnexion dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you see may be out of date and changes cannot be saved until it is back. %1</source>
        <translation>La connexion à la base de données a été perdue. Les données affichées ne sont peut-être plus à jour et aucune modification ne peut être enregistrée tant qu’elle n’est pas rétablie. %1</translation>
    </message>
    <message>
        <source>Reconnected. The tabs show the current data again.</source>
        <translation>Connexion rétablie. Les onglets affichent de nouveau les données à jour.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database connection is closed</source>
        <translation>la connexion à la base de données est fermée</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>Le pilote SQLite de Qt n’est pas installé (paquet libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file</source>
        <translation>« %1 » est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”</source>
        <translation>Impossible de créer le dossier « %1 »</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n’est pas installé (paquet libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so this was not done. LineDesk reconnects by itself; repeat it once the connection is back.</source>
        <translation>La connexion à la base de données a été perdue : l’opération n’a pas été effectuée. LineDesk se reconnecte automatiquement ; recommencez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>Cannot reconnect to %1: %2</source>
        <translation>Impossible de se reconnecter à %1 : %2</translation>
    </message>
    <message>
        <source>The LineDesk schema on %1 is at version %2 and this LineDesk needs version %3. Only the server&apos;s administrator can upgrade it, with “linedesk-cli server setup”. Nothing was changed.</source>
        <translation>Le schéma LineDesk sur %1 est à la version %2 et cette version de LineDesk nécessite la version %3. Seul l’administrateur du serveur peut le mettre à niveau, avec « linedesk-cli server setup ». Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given</source>
        <translation>Aucune base de données indiquée</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address</source>
        <translation>« %1 » n’est ni un fichier ni une adresse postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL valide ; écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database</source>
        <translation>L’adresse PostgreSQL « %1 » ne nomme aucune base de données</translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”; use one of: %2</source>
        <translation>Mode SSL inconnu « %1 » ; utilisez l’un de ceux-ci : %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo recipe is missing from this build</source>
        <translation>La recette de démonstration manque dans cette version</translation>
    </message>
    <message>
        <source>This database already holds the demo account %1 (seed %2); choose another seed</source>
        <translation>Cette base contient déjà le compte de démonstration %1 (graine %2) ; choisissez une autre graine</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Heures de bureau</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>Samedi matin</translation>
    </message>
    <message>
        <source>Evening overflow</source>
        <translation>Débordement du soir</translation>
    </message>
    <message>
        <source>Robocaller</source>
        <translation>Appels automatisés</translation>
    </message>
    <message>
        <source>Premium-rate numbers</source>
        <translation>Numéros surtaxés</translation>
    </message>
    <message>
        <source>Hidden caller ID</source>
        <translation>Numéro masqué</translation>
    </message>
    <message>
        <source>Deposit by card</source>
        <translation>Dépôt par carte</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>Subscription, %1</source>
        <translation>Abonnement, %1</translation>
    </message>
    <message>
        <source>Monthly fee %1</source>
        <translation>Frais mensuels %1</translation>
    </message>
    <message>
        <source>911 service %1</source>
        <translation>Service 911 %1</translation>
    </message>
    <message>
        <source>Fax to e-mail %1</source>
        <translation>Fax vers e-mail %1</translation>
    </message>
    <message>
        <source>Incoming calls %1</source>
        <translation>Appels entrants %1</translation>
    </message>
    <message>
        <source>Outgoing calls %1</source>
        <translation>Appels sortants %1</translation>
    </message>
    <message>
        <source>CNAM lookups %1</source>
        <translation>Recherches CNAM %1</translation>
    </message>
    <message>
        <source>Card declined by the issuing bank</source>
        <translation>Carte refusée par la banque émettrice</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Dépôt par PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Repeated robocalls</source>
        <translation>Appels automatisés répétés</translation>
    </message>
</context>
<context>
    <name>DidBillingPage</name>
    <message>
        <source>Rate centre</source>
        <translation>Centre tarifaire</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>%1 a month + %2 a minute</source>
        <translation>%1 par mois + %2 par minute</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Forfaitaire</translation>
    </message>
    <message>
        <source>%1 (cannot switch)</source>
        <translation>%1 (non modifiable)</translation>
    </message>
    <message>
        <source>&amp;Delete Number…</source>
        <translation>&amp;Supprimer le numéro…</translation>
    </message>
    <message>
        <source>Delete the selected number from the account: its routing rules and filters go, its calls stay in reports</source>
        <translation>Supprimer le numéro sélectionné du compte : ses règles de routage et ses filtres sont supprimés, ses appels restent dans les rapports</translation>
    </message>
    <message>
        <source>A number&apos;s plan (per minute or flat rate) can change once a calendar month; toll-free and international numbers keep their plan.</source>
        <translation>La formule d’un numéro (à la minute ou forfaitaire) peut changer une fois par mois civil ; les numéros gratuits et internationaux conservent leur formule.</translation>
    </message>
    <message>
        <source>DID Billing</source>
        <translation>Facturation des DID</translation>
    </message>
    <message>
        <source>Switch to &amp;Flat Rate</source>
        <translation>Passer à la formule &amp;Forfaitaire</translation>
    </message>
    <message>
        <source>Switch to &amp;Per Minute</source>
        <translation>Passer à la formule &amp;À la minute</translation>
    </message>
    <message>
        <source>Select a number to switch its plan</source>
        <translation>Sélectionnez un numéro pour changer sa formule</translation>
    </message>
    <message>
        <source>Your role (employee) can view billing but not change it</source>
        <translation>Votre rôle (employé) permet de consulter la facturation, pas de la modifier</translation>
    </message>
    <message>
        <source>The plan can change once per calendar month</source>
        <translation>La formule peut changer une fois par mois civil</translation>
    </message>
    <message>
        <source>Switch Plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <source>Delete Number</source>
        <translation>Supprimer le numéro</translation>
    </message>
    <message>
        <source>Delete %1 from the account? Its monthly fee stops, its routing rules and caller filters are deleted, and its calls stay in reports. This cannot be undone.</source>
        <translation>Supprimer %1 du compte ? Ses frais mensuels cessent, ses règles de routage et ses filtres d’appelants sont supprimés, et ses appels restent dans les rapports. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ExtensionSettingsDialog</name>
    <message>
        <source>Announce who is calling before I take the call</source>
        <translation>Annoncer l’appelant avant que je prenne l’appel</translation>
    </message>
    <message>
        <source>Private phone number settings, extension %1</source>
        <translation>Paramètres du numéro de téléphone privé, poste %1</translation>
    </message>
    <message>
        <source>+1 917 555 0123</source>
        <translation>+1 917 555 0123</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Recognise my caller ID</source>
        <translation>Reconnaître mon numéro d’appelant</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Aucune authentification</translation>
    </message>
    <message>
        <source>Ring my phones</source>
        <translation>Faire sonner mes téléphones</translation>
    </message>
    <message>
        <source>Go to voicemail</source>
        <translation>Renvoyer vers la messagerie vocale</translation>
    </message>
    <message>
        <source>Forward the call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <source>&amp;Private number:</source>
        <translation>Numéro &amp;privé :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>&amp;What to do first:</source>
        <translation>&amp;Première action :</translation>
    </message>
</context>
<context>
    <name>FinancesTab</name>
    <message>
        <source>Account Balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>Add Funds</source>
        <translation>Approvisionner le compte</translation>
    </message>
    <message>
        <source>Automatic Billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>Transaction History</source>
        <translation>Historique des transactions</translation>
    </message>
    <message>
        <source>DID Billing</source>
        <translation>Facturation des DID</translation>
    </message>
    <message>
        <source>Billing Profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <source>Payment Methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Balance Forecast</source>
        <translation>Prévision du solde</translation>
    </message>
    <message>
        <source>Generate Invoice</source>
        <translation>Générer une facture</translation>
    </message>
    <message>
        <source>Canadian Invoice</source>
        <translation>Facture canadienne</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Without automatic billing</source>
        <translation>Sans facturation automatique</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Automatic top-up</source>
        <translation>Recharge automatique</translation>
    </message>
    <message>
        <source>Runs out %1</source>
        <translation>Épuisé le %1</translation>
    </message>
    <message>
        <source>Runs out %1 without automatic billing</source>
        <translation>Épuisé le %1 sans facturation automatique</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Solde (%1)</translation>
    </message>
    <message>
        <source>Point at a day to see its balance.</source>
        <translation>Pointez un jour pour voir son solde.</translation>
    </message>
    <message>
        <source>%1: balance %2, without automatic billing %3</source>
        <translation>%1 : solde %2, sans facturation automatique %3</translation>
    </message>
    <message>
        <source>%1; automatic top-up of %2</source>
        <translation>%1 ; recharge automatique de %2</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Without automatic billing the balance reaches zero on %1.</source>
        <translation>Sans facturation automatique, le solde atteint zéro le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for the next %n day(s).</source>
        <translation>
            <numerusform>Sans facturation automatique, le solde reste au-dessus de zéro pendant %n jour à venir.</numerusform>
            <numerusform>Sans facturation automatique, le solde reste au-dessus de zéro pendant les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reaches the threshold on %1.</source>
        <translation>Il atteint le seuil le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic billing would top up %n time(s), %1 in all.</source>
        <translation>
            <numerusform>La facturation automatique rechargerait %n fois, %1 au total.</numerusform>
            <numerusform>La facturation automatique rechargerait %n fois, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with automatic billing the balance reaches zero on %1.</source>
        <translation>Même avec la facturation automatique, le solde atteint zéro le %1.</translation>
    </message>
    <message>
        <source>Automatic billing is off.</source>
        <translation>La facturation automatique est désactivée.</translation>
    </message>
    <message>
        <source>Export Forecast</source>
        <translation>Exporter la prévision</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceComposer</name>
    <message>
        <source>The invoice needs a From date (YYYY-MM-DD)</source>
        <translation>La facture nécessite une date de début (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The invoice needs a To date (YYYY-MM-DD)</source>
        <translation>La facture nécessite une date de fin (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The invoice&apos;s To date %1 is before its From date %2</source>
        <translation>La date de fin de la facture (%1) est antérieure à sa date de début (%2)</translation>
    </message>
    <message>
        <source>Account %1 has an unknown time zone “%2”; set one in its Billing Profile</source>
        <translation>Le compte %1 a un fuseau horaire inconnu « %2 » ; définissez-en un dans son profil de facturation</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Deposits</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Monthly DID charges</source>
        <translation>Frais mensuels DID</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>911 service</source>
        <translation>Service 911</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Appels entrants</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Appels sortants</translation>
    </message>
    <message>
        <source>CNAM queries</source>
        <translation>Recherches CNAM</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturation automatique</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>HST</source>
        <translation>TVH</translation>
    </message>
    <message>
        <source>PST</source>
        <translation>TVP</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>TVQ</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A tax and its rate on an invoice: &quot;GST 5 %&quot;</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Frais mensuels</translation>
    </message>
    <message>
        <source>Fax to e-mail</source>
        <translation>Fax vers e-mail</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 queries</source>
        <translation>%1 recherches</translation>
    </message>
    <message>
        <source>Canadian Invoice</source>
        <translation>Facture canadienne</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Solde d’ouverture</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
    <message>
        <source>No transactions in this period.</source>
        <translation>Aucune transaction sur cette période.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Province : %1</translation>
    </message>
    <message>
        <source>Provincial Tax ID: %1</source>
        <translation>Numéro de taxe provinciale : %1</translation>
    </message>
    <message>
        <source>Exempt from PST: valid Provincial Tax ID</source>
        <translation>Exonéré de TVP : numéro de taxe provinciale valide</translation>
    </message>
    <message>
        <source>Exempt from PST: exemption form on file</source>
        <translation>Exonéré de TVP : formulaire d’exonération au dossier</translation>
    </message>
    <message>
        <source>This invoice shows deposits only, with the taxes charged on them.</source>
        <translation>Cette facture ne présente que les dépôts, avec les taxes perçues sur ceux-ci.</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total payé</translation>
    </message>
    <message>
        <source>No deposits in this period.</source>
        <translation>Aucun dépôt sur cette période.</translation>
    </message>
    <message>
        <source>Deposits before tax</source>
        <translation>Dépôts hors taxes</translation>
    </message>
    <message>
        <source>Total taxes</source>
        <translation>Total des taxes</translation>
    </message>
    <message>
        <source>Tax registration numbers</source>
        <translation>Numéros d’inscription aux taxes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in %1. Thank you for choosing LineDesk.</source>
        <translation>Montants en %1. Merci d’avoir choisi LineDesk.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message>
        <source>&amp;Get Invoice</source>
        <translation>&amp;Obtenir la facture</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Deposits made to the account with the taxes charged on them and LineDesk&apos;s tax registration numbers, for your tax accounting. Communication and monthly charges are not on this invoice.</source>
        <translation>Les dépôts effectués sur le compte, avec les taxes perçues sur ceux-ci et les numéros d’inscription aux taxes de LineDesk, pour votre comptabilité fiscale. Les frais de communication et les frais mensuels ne figurent pas sur cette facture.</translation>
    </message>
    <message>
        <source>Every transaction of the period: deposits, monthly DID charges, fax, 911, communication charges per number and CNAM queries, with the opening and closing balance.</source>
        <translation>Toutes les transactions de la période : dépôts, frais mensuels DID, fax, 911, frais de communication par numéro et recherches CNAM, avec le solde d’ouverture et le solde de clôture.</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Profil fiscal</translation>
    </message>
    <message>
        <source>Provincial &amp;Tax ID:</source>
        <translation>Numéro de &amp;taxe provinciale :</translation>
    </message>
    <message>
        <source>An &amp;exemption form is on file (British Columbia)</source>
        <translation>Un formulaire d’e&amp;xonération est au dossier (Colombie-Britannique)</translation>
    </message>
    <message>
        <source>Save &amp;Tax Profile</source>
        <translation>Enregistrer le profil &amp;fiscal</translation>
    </message>
    <message>
        <source>Outside Canada</source>
        <translation>Hors du Canada</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province :</translation>
    </message>
    <message>
        <source>Resellers in British Columbia, Manitoba or Saskatchewan are exempt from PST with a valid Provincial Tax ID; in British Columbia an exemption form on file exempts too. Taxes are recorded with each deposit.</source>
        <translation>Les revendeurs de Colombie-Britannique, du Manitoba ou de la Saskatchewan sont exonérés de TVP s’ils disposent d’un numéro de taxe provinciale valide ; en Colombie-Britannique, un formulaire d’exonération au dossier permet aussi l’exonération. Les taxes sont enregistrées avec chaque dépôt.</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1: %n deposit(s), %2 paid with taxes.</source>
        <translation>
            <numerusform>Facture %1 : %n dépôt, %2 payés taxes comprises.</numerusform>
            <numerusform>Facture %1 : %n dépôts, %2 payés taxes comprises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1: %n line(s), closing balance %2.</source>
        <translation>
            <numerusform>Facture %1 : %n ligne, solde de clôture %2.</numerusform>
            <numerusform>Facture %1 : %n lignes, solde de clôture %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2.</source>
        <translation>Facture %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Enregistrer la facture en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Invoice</source>
        <translation>Imprimer la facture</translation>
    </message>
    <message>
        <source>Tax profile saved. Taxes apply to deposits from now on.</source>
        <translation>Profil fiscal enregistré. Les taxes s’appliquent désormais aux dépôts.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No password is remembered for %1</source>
        <translation>Aucun mot de passe n’est mémorisé pour %1</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau système : %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>Impossible d’enregistrer le mot de passe dans le trousseau système : %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Impossible de supprimer le mot de passe du trousseau système : %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>DID monthly fee</source>
        <translation>Frais mensuels DID</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>911 service</source>
        <translation>Service 911</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Appels entrants</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Appels sortants</translation>
    </message>
    <message>
        <source>CNAM lookups</source>
        <translation>Recherches CNAM</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; money cannot be posted</source>
        <translation>Votre rôle dans ce compte ne permet que la consultation ; aucun mouvement ne peut être enregistré</translation>
    </message>
    <message>
        <source>A deposit must be a positive amount, not %1</source>
        <translation>Un dépôt doit être un montant positif, pas %1</translation>
    </message>
    <message>
        <source>A charge (%1) must not be a positive amount: %2</source>
        <translation>Un débit (%1) ne doit pas être un montant positif : %2</translation>
    </message>
    <message>
        <source>Unknown payment method “%1”; use card, paypal, wire, auto or account</source>
        <translation>Moyen de paiement inconnu « %1 » ; utilisez card, paypal, wire, auto ou account</translation>
    </message>
    <message>
        <source>The request id “%1” was already used for a different transaction</source>
        <translation>L’identifiant de requête « %1 » a déjà servi pour une autre transaction</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; a deposit cannot be marked received</source>
        <translation>Votre rôle dans ce compte ne permet que la consultation ; un dépôt ne peut pas être marqué comme reçu</translation>
    </message>
    <message>
        <source>Transaction %1 is not a pending deposit of this account</source>
        <translation>La transaction %1 n’est pas un dépôt en attente de ce compte</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Phone Numbers</source>
        <translation>Mes numéros de téléphone</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Routage avancé</translation>
    </message>
    <message>
        <source>Custom Reports</source>
        <translation>Rapports personnalisés</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
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
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open a LineDesk database file</source>
        <translation>Ouvre un fichier de base de données LineDesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>Work on a team&apos;s shared PostgreSQL server</source>
        <translation>Travailler sur le serveur PostgreSQL partagé de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About LineDesk</source>
        <translation>À &amp;propos de LineDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>%1 — LineDesk</source>
        <translation>%1 — LineDesk</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite : %1</translation>
    </message>
    <message>
        <source>No account in this database</source>
        <translation>Aucun compte dans cette base de données</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>Solde indisponible : %1</translation>
    </message>
    <message>
        <source>Creating the demo account…</source>
        <translation>Création du compte de démonstration…</translation>
    </message>
    <message>
        <source>LineDesk</source>
        <translation>LineDesk</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>LineDesk could not open %1.

%2</source>
        <translation>LineDesk n’a pas pu ouvrir %1.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>LineDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données LineDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>aucune base de données</translation>
    </message>
    <message>
        <source>About LineDesk</source>
        <translation>À propos de LineDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;A desktop control panel for your virtual phone numbers: numbers, routing, reports, finances and subscription.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;Un panneau de contrôle de bureau pour vos numéros de téléphone virtuels : numéros, routage, rapports, finances et abonnement.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Distribué sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title: its name (missed callers not called back yet)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remember Password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Import Calls…</source>
        <translation>&amp;Importer des appels…</translation>
    </message>
    <message>
        <source>Read call records from a CSV file into this account</source>
        <translation>Importer dans ce compte des enregistrements d’appels depuis un fichier CSV</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>“%1” is not a LineDesk database, or it is damaged (%2)</source>
        <translation>« %1 » n’est pas une base de données LineDesk, ou elle est endommagée (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: it holds other tables and no LineDesk schema</source>
        <translation>« %1 » n’est pas une base de données LineDesk : elle contient d’autres tables et aucun schéma LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: its meta table has no LineDesk schema version</source>
        <translation>« %1 » n’est pas une base de données LineDesk : sa table meta n’indique aucune version de schéma LineDesk</translation>
    </message>
    <message>
        <source>“%1” was written by a newer LineDesk (schema version %2; this LineDesk knows up to %3). Update LineDesk to open it; the database was left unchanged.</source>
        <translation>« %1 » a été écrite par une version plus récente de LineDesk (schéma version %2 ; cette version connaît jusqu’à la %3). Mettez LineDesk à jour pour l’ouvrir ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>Impossible de démarrer la mise à niveau du schéma : %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; nothing was changed: %2</source>
        <translation>La mise à niveau du schéma vers la version %1 a échoué ; rien n’a été modifié : %2</translation>
    </message>
</context>
<context>
    <name>MinuteUsage</name>
    <message>
        <source>The minutes used this month could not be read.</source>
        <translation>Impossible de lire les minutes utilisées ce mois-ci.</translation>
    </message>
</context>
<context>
    <name>MissedCallsChart</name>
    <message>
        <source>Missed calls</source>
        <translation>Appels manqués</translation>
    </message>
    <message>
        <source>Other numbers</source>
        <translation>Autres numéros</translation>
    </message>
    <message>
        <source>%1 — %2 — missed calls: %3</source>
        <translation>%1 — %2 — appels manqués : %3</translation>
    </message>
</context>
<context>
    <name>MissedCallsHeatmap</name>
    <message>
        <source>Hour of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2:00</translation>
    </message>
    <message>
        <source>%1 — missed calls: %2 — no rule answers</source>
        <translation>%1 — appels manqués : %2 — aucune règle ne répond</translation>
    </message>
    <message>
        <source>%1 — missed calls: %2</source>
        <translation>%1 — appels manqués : %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount; write it like 12.95</source>
        <translation>« %1 » n’est pas un montant ; écrivez-le comme 12.95</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the smallest unit of %2</source>
        <translation>
            <numerusform>« %1 » a plus de %n décimale, la plus petite unité de %2</numerusform>
            <numerusform>« %1 » a plus de %n décimales, la plus petite unité de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <source>Pay with a new card</source>
        <translation>Payer avec une nouvelle carte</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque :</translation>
    </message>
    <message>
        <source>&amp;Last four digits:</source>
        <translation>&amp;Quatre derniers chiffres :</translation>
    </message>
    <message>
        <source>Expiry &amp;month:</source>
        <translation>&amp;Mois d’expiration :</translation>
    </message>
    <message>
        <source>Expiry &amp;year:</source>
        <translation>&amp;Année d’expiration :</translation>
    </message>
    <message>
        <source>The card is registered with the payment provider, which returns a token for it. LineDesk keeps only the token, the brand, the last four digits and the expiry: never a card number or a security code.</source>
        <translation>La carte est enregistrée auprès du prestataire de paiement, qui renvoie un jeton pour celle-ci. LineDesk ne conserve que le jeton, la marque, les quatre derniers chiffres et la date d’expiration : jamais de numéro de carte ni de code de sécurité.</translation>
    </message>
    <message>
        <source>&amp;Register Card</source>
        <translation>&amp;Enregistrer la carte</translation>
    </message>
    <message>
        <source>Enter the card&apos;s last four digits.</source>
        <translation>Saisissez les quatre derniers chiffres de la carte.</translation>
    </message>
    <message>
        <source>No payment provider is available.</source>
        <translation>Aucun prestataire de paiement n’est disponible.</translation>
    </message>
    <message>
        <source>The payment provider refused the card: %1</source>
        <translation>Le prestataire de paiement a refusé la carte : %1</translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Your role (employee) lets you view the numbers of this account, not change them</source>
        <translation>Votre rôle (employé) vous permet de consulter les numéros de ce compte, pas de les modifier</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Ce numéro ne fait plus partie du compte</translation>
    </message>
    <message>
        <source>%1 is not a number of this account</source>
        <translation>%1 n’est pas un numéro de ce compte</translation>
    </message>
    <message>
        <source>“%1” is not a number type: use local, toll-free or international</source>
        <translation>« %1 » n’est pas un type de numéro : utilisez local, toll-free ou international</translation>
    </message>
    <message>
        <source>%1 is not a toll-free number</source>
        <translation>%1 n’est pas un numéro gratuit</translation>
    </message>
    <message>
        <source>%1 is a toll-free number: its type must be toll-free</source>
        <translation>%1 est un numéro gratuit : son type doit être toll-free</translation>
    </message>
    <message>
        <source>“%1” is not a billing plan: use flat or per-minute</source>
        <translation>« %1 » n’est pas une formule de facturation : utilisez flat ou per-minute</translation>
    </message>
    <message>
        <source>A fee cannot be negative</source>
        <translation>Des frais ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone: use an IANA name like America/New_York</source>
        <translation>« %1 » n’est pas un fuseau horaire connu : utilisez un nom IANA comme America/New_York</translation>
    </message>
    <message>
        <source>The next billing date (%1) must come after the order date (%2)</source>
        <translation>La date de prochaine facturation (%1) doit être postérieure à la date de commande (%2)</translation>
    </message>
    <message>
        <source>%1 is already a number of this account</source>
        <translation>%1 est déjà un numéro de ce compte</translation>
    </message>
    <message>
        <source>The note is too long: at most 500 characters</source>
        <translation>La note est trop longue : 500 caractères au maximum</translation>
    </message>
    <message>
        <source>street</source>
        <translation>la rue</translation>
    </message>
    <message>
        <source>city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>l’État ou la province</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>911 needs the full emergency address: the %1 is missing</source>
        <translation>Le 911 nécessite l’adresse d’urgence complète : il manque %1</translation>
    </message>
    <message>
        <source>The emergency address country must be a two-letter code like US or CA</source>
        <translation>Le pays de l’adresse d’urgence doit être un code à deux lettres, comme US ou CA</translation>
    </message>
    <message>
        <source>“%1” is not a caller filter mode: use off, block or allow</source>
        <translation>« %1 » n’est pas un mode de filtrage d’appelants : utilisez off, block ou allow</translation>
    </message>
    <message>
        <source>The IVR digit must be one key: 0–9, * or #</source>
        <translation>Le chiffre IVR doit être une seule touche : 0–9, * ou #</translation>
    </message>
    <message>
        <source>“%1” is not an IVR no-input action: use voicemail, reject or forward</source>
        <translation>« %1 » n’est pas une action IVR en l’absence de saisie : utilisez voicemail, reject ou forward</translation>
    </message>
    <message>
        <source>The IVR gate needs a greeting, like “Thank you for calling, press 1 to speak with someone”</source>
        <translation>Le filtre IVR nécessite un message d’accueil, comme « Merci de votre appel, appuyez sur 1 pour parler à quelqu’un »</translation>
    </message>
    <message>
        <source>Your role (employee) lets you view the plan, not change it.</source>
        <translation>Votre rôle (employé) vous permet de consulter la formule, pas de la modifier.</translation>
    </message>
    <message>
        <source>%1 is already on the %2 plan</source>
        <translation>%1 est déjà en formule %2</translation>
    </message>
    <message>
        <source>Say why the number should be swapped (for example: repeated robocalls)</source>
        <translation>Indiquez pourquoi le numéro doit être remplacé (par exemple : appels automatisés répétés)</translation>
    </message>
    <message>
        <source>%1 cannot be ported: porting is offered for US and Canadian numbers only</source>
        <translation>%1 ne peut pas être porté : la portabilité n’est proposée que pour les numéros des États-Unis et du Canada</translation>
    </message>
    <message>
        <source>Name the carrier the number comes from</source>
        <translation>Indiquez l’opérateur d’origine du numéro</translation>
    </message>
    <message>
        <source>The submission date cannot be in the future</source>
        <translation>La date de soumission ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>A porting request for %1 is already open</source>
        <translation>Une demande de portabilité pour %1 est déjà ouverte</translation>
    </message>
    <message>
        <source>“%1” is not a porting status</source>
        <translation>« %1 » n’est pas un statut de portabilité</translation>
    </message>
    <message>
        <source>This porting request is no longer in the account</source>
        <translation>Cette demande de portabilité ne fait plus partie du compte</translation>
    </message>
    <message>
        <source>This number</source>
        <translation>Ce numéro</translation>
    </message>
    <message>
        <source>This porting request</source>
        <translation>Cette demande de portabilité</translation>
    </message>
    <message>
        <source>This porting request no longer exists</source>
        <translation>Cette demande de portabilité n’existe plus</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Forfaitaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2/min</source>
        <translation>%1 %2/min</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <source>No note: double-click to add one</source>
        <translation>Aucune note : double-cliquez pour en ajouter une</translation>
    </message>
    <message>
        <source>Flat: %1 a month; per-minute: %2 %3 a minute</source>
        <translation>Forfaitaire : %1 par mois ; à la minute : %2 %3 par minute</translation>
    </message>
    <message>
        <source>Voicemail is on (click to change)</source>
        <translation>Messagerie vocale activée (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>Voicemail is off (click to change)</source>
        <translation>Messagerie vocale désactivée (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>CNAM lookup is on (click to change)</source>
        <translation>Recherche CNAM activée (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>CNAM lookup is off (click to change)</source>
        <translation>Recherche CNAM désactivée (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>Fax is on (click to change)</source>
        <translation>Fax activé (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>Fax is off (click to change)</source>
        <translation>Fax désactivé (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>SMS is on (click to change)</source>
        <translation>SMS activés (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>SMS is off (click to change)</source>
        <translation>SMS désactivés (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>911 is on: %1, %2</source>
        <translation>911 activé : %1, %2</translation>
    </message>
    <message>
        <source>911 is off (click to change)</source>
        <translation>911 désactivé (cliquez pour modifier)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Rate centre / country</source>
        <translation>Centre tarifaire / pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>MV</translation>
    </message>
    <message>
        <source>CNAM</source>
        <translation>CNAM</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>911</source>
        <translation>911</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>&amp;Add Number…</source>
        <translation>&amp;Ajouter un numéro…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>Request a &amp;Swap…</source>
        <translation>Demander un &amp;remplacement…</translation>
    </message>
    <message>
        <source>Search number, note or rate centre (Ctrl+F)</source>
        <translation>Rechercher un numéro, une note ou un centre tarifaire (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Forfaitaire</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>À la minute</translation>
    </message>
    <message>
        <source>Add a number to the account (Ctrl+N)</source>
        <translation>Ajouter un numéro au compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Release the selected number: its rules and filters go, its calls stay in reports (Del)</source>
        <translation>Libérer le numéro sélectionné : ses règles et filtres sont supprimés, ses appels restent dans les rapports (Suppr)</translation>
    </message>
    <message>
        <source>Ask for a fresh number to replace this one because of spam</source>
        <translation>Demander un nouveau numéro pour remplacer celui-ci en raison de spam</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Caller Filters</source>
        <translation>Filtres d’appelants</translation>
    </message>
    <message>
        <source>IVR Gate</source>
        <translation>Filtre IVR</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Porting</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>&amp;Block This Caller</source>
        <translation>&amp;Bloquer cet appelant</translation>
    </message>
    <message>
        <source>Add the caller to the block list of the number they called</source>
        <translation>Ajouter l’appelant à la liste de blocage du numéro qu’il a appelé</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the caller&apos;s number to the clipboard to call them back</source>
        <translation>Copier le numéro de l’appelant dans le presse-papiers pour le rappeler</translation>
    </message>
    <message>
        <source>What this number is for</source>
        <translation>À quoi sert ce numéro</translation>
    </message>
    <message>
        <source>The Activity Time Zone: calls and routing rules of this number use its clock. Type to search.</source>
        <translation>Fuseau horaire de l’activité : les appels et les règles de routage de ce numéro utilisent son heure. Tapez pour rechercher.</translation>
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation>&amp;Messagerie vocale</translation>
    </message>
    <message>
        <source>CNAM &amp;lookup (caller name)</source>
        <translation>Recherche &amp;CNAM (nom de l’appelant)</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;911 emergency service</source>
        <translation>Service d’urgence &amp;911</translation>
    </message>
    <message>
        <source>911 needs the full address where the phone is used</source>
        <translation>Le 911 nécessite l’adresse complète où le téléphone est utilisé</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rue :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>State/province:</source>
        <translation>État/province :</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the note, time zone and options (Ctrl+S)</source>
        <translation>Enregistrer la note, le fuseau horaire et les options (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Activity &amp;Time Zone:</source>
        <translation>&amp;Fuseau horaire de l’activité :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Off: every caller gets through</source>
        <translation>Désactivé : tous les appelants passent</translation>
    </message>
    <message>
        <source>Block list: block the callers listed</source>
        <translation>Liste de blocage : bloquer les appelants listés</translation>
    </message>
    <message>
        <source>Allow list: only the callers listed get through</source>
        <translation>Liste d’autorisation : seuls les appelants listés passent</translation>
    </message>
    <message>
        <source>+15145550123, +1514* or anonymous</source>
        <translation>+15145550123, +1514* ou anonymous</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>An exact number beats a prefix, which beats list order. Filters apply before routing rules.</source>
        <translation>Un numéro exact l’emporte sur un préfixe, qui l’emporte sur l’ordre de la liste. Les filtres s’appliquent avant les règles de routage.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>&amp;Ask callers to press a key before they are put through</source>
        <translation>&amp;Demander aux appelants d’appuyer sur une touche avant d’être mis en relation</translation>
    </message>
    <message>
        <source>Thank you for calling, press 1 to speak with someone</source>
        <translation>Merci de votre appel, appuyez sur 1 pour parler à quelqu’un</translation>
    </message>
    <message>
        <source>Send to voicemail</source>
        <translation>Envoyer vers la messagerie vocale</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Put through anyway</source>
        <translation>Mettre en relation quand même</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>Message d’&amp;accueil :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Touche :</translation>
    </message>
    <message>
        <source>When no key is &amp;pressed:</source>
        <translation>Si aucune touche n’est &amp;pressée :</translation>
    </message>
    <message>
        <source>Per-minute ↔ flat can switch once per calendar month; toll-free and international numbers keep their plan.</source>
        <translation>Le passage à la minute ↔ forfaitaire est possible une fois par mois civil ; les numéros gratuits et internationaux conservent leur formule.</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>&amp;Type d’appel :</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Opérateur cédant</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New &amp;Porting Request…</source>
        <translation>Nouvelle demande de &amp;portabilité…</translation>
    </message>
    <message>
        <source>Bring a US or Canadian number from another carrier: it takes 2 to 4 weeks.</source>
        <translation>Transférer un numéro des États-Unis ou du Canada depuis un autre opérateur : comptez de 2 à 4 semaines.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Aucun numéro sélectionné</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 par minute</translation>
    </message>
    <message>
        <source>Plan: %1 (%2). Ordered on %3, next billing on %4.</source>
        <translation>Formule : %1 (%2). Commandé le %3, prochaine facturation le %4.</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>forfaitaire</translation>
    </message>
    <message>
        <source>per-minute</source>
        <translation>à la minute</translation>
    </message>
    <message>
        <source>Switch to &amp;Per-minute</source>
        <translation>Passer à la formule &amp;À la minute</translation>
    </message>
    <message>
        <source>Switch to &amp;Flat</source>
        <translation>Passer à la formule &amp;Forfaitaire</translation>
    </message>
    <message>
        <source>The plan can change once per calendar month</source>
        <translation>La formule peut changer une fois par mois civil</translation>
    </message>
    <message>
        <source>Switch Plan</source>
        <translation>Changer de formule</translation>
    </message>
    <message>
        <source>Your role (employee) can view but not change numbers</source>
        <translation>Votre rôle (employé) permet de consulter les numéros, pas de les modifier</translation>
    </message>
    <message>
        <source>Unreturned missed calls, last %1 days (%2)</source>
        <translation>Appels manqués non rappelés, %1 derniers jours (%2)</translation>
    </message>
    <message>
        <source>%1 missed callers not called back yet</source>
        <translation>%1 appelants manqués pas encore rappelés</translation>
    </message>
    <message>
        <source>My Phone Numbers</source>
        <translation>Mes numéros de téléphone</translation>
    </message>
    <message>
        <source>Import Caller Filters</source>
        <translation>Importer des filtres d’appelants</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”. %2</source>
        <translation>Rien n’a été importé depuis « %1 ». %2</translation>
    </message>
    <message>
        <source>Export Caller Filters</source>
        <translation>Exporter les filtres d’appelants</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Release Number</source>
        <translation>Libérer le numéro</translation>
    </message>
    <message>
        <source>Release %1? Its routing rules and caller filters are deleted; its calls stay in reports. This cannot be undone.</source>
        <translation>Libérer %1 ? Ses règles de routage et ses filtres d’appelants sont supprimés ; ses appels restent dans les rapports. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Request a Number Swap</source>
        <translation>Demander le remplacement d’un numéro</translation>
    </message>
    <message>
        <source>Why should %1 be replaced?</source>
        <translation>Pourquoi %1 doit-il être remplacé ?</translation>
    </message>
    <message>
        <source>Repeated spam calls</source>
        <translation>Appels indésirables répétés</translation>
    </message>
    <message>
        <source>The swap request was recorded; its status is “requested”.</source>
        <translation>La demande de remplacement a été enregistrée ; son statut est « requested ».</translation>
    </message>
    <message>
        <source>The number %1 called was released</source>
        <translation>Le numéro appelé par %1 a été libéré</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New Porting Request</source>
        <translation>Nouvelle demande de portabilité</translation>
    </message>
    <message>
        <source>US or Canadian number to bring over:</source>
        <translation>Numéro des États-Unis ou du Canada à transférer :</translation>
    </message>
    <message>
        <source>Carrier it comes from:</source>
        <translation>Opérateur d’origine :</translation>
    </message>
    <message>
        <source>Set S&amp;tatus…</source>
        <translation>Définir le &amp;statut…</translation>
    </message>
    <message>
        <source>Record what the carrier said about the selected request</source>
        <translation>Consigner la réponse de l’opérateur concernant la demande sélectionnée</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>le numéro %1</translation>
    </message>
    <message>
        <source>Porting Status</source>
        <translation>Statut de la portabilité</translation>
    </message>
    <message>
        <source>Status of the port of %1:</source>
        <translation>Statut de la portabilité de %1 :</translation>
    </message>
</context>
<context>
    <name>OfflinePaymentGateway</name>
    <message>
        <source>The card has expired</source>
        <translation>La carte a expiré</translation>
    </message>
    <message>
        <source>A charge must be a positive amount</source>
        <translation>Un débit doit être un montant positif</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view its payment methods</source>
        <translation>Votre rôle dans ce compte permet seulement de consulter ses moyens de paiement</translation>
    </message>
    <message>
        <source>There is no payment method %1 in this account</source>
        <translation>Ce compte n’a pas de moyen de paiement %1</translation>
    </message>
    <message>
        <source>Card brand: “%1” is not one of %2</source>
        <translation>Marque de la carte : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Last four digits: “%1” must be exactly four digits (never the whole card number)</source>
        <translation>Quatre derniers chiffres : « %1 » doit comporter exactement quatre chiffres (jamais le numéro de carte complet)</translation>
    </message>
    <message>
        <source>Expiry month: %1 is not a month (1–12)</source>
        <translation>Mois d’expiration : %1 n’est pas un mois (1–12)</translation>
    </message>
    <message>
        <source>Expiry year: %1 is not a valid year</source>
        <translation>Année d’expiration : %1 n’est pas une année valide</translation>
    </message>
    <message>
        <source>Expiry: the card expired at the end of %1/%2</source>
        <translation>Expiration : la carte a expiré à la fin de %1/%2</translation>
    </message>
    <message>
        <source>The payment provider returned a card number instead of a token; nothing was stored</source>
        <translation>Le prestataire de paiement a renvoyé un numéro de carte au lieu d’un jeton ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Cette carte</translation>
    </message>
    <message>
        <source>This card is no longer stored for the account.</source>
        <translation>Cette carte n’est plus enregistrée pour le compte.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <source>&amp;Add Card</source>
        <translation>&amp;Ajouter une carte</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>4 derniers chiffres</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>LineDesk keeps only the payment provider&apos;s token, the brand, the last four digits and the expiry: never the card number or its security code.</source>
        <translation>LineDesk ne conserve que le jeton du prestataire de paiement, la marque, les quatre derniers chiffres et la date d’expiration : jamais le numéro de carte ni son code de sécurité.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Remove Card</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <source>Choose a card in the list first.</source>
        <translation>Choisissez d’abord une carte dans la liste.</translation>
    </message>
    <message>
        <source>Remove %1? Automatic billing then uses the default card, if there is one.</source>
        <translation>Retirer %1 ? La facturation automatique utilisera alors la carte par défaut, s’il y en a une.</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Définir par défaut</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1.</source>
        <translation>Vous avez des modifications non enregistrées concernant %1.</translation>
    </message>
    <message>
        <source>Save them before you go on, or discard them?</source>
        <translation>Voulez-vous les enregistrer avant de continuer, ou les abandonner ?</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty</source>
        <translation>Le numéro de téléphone est vide</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in international form, like +15145550123</source>
        <translation>« %1 » n’a pas d’indicatif de pays : écrivez-le au format international, comme +15145550123</translation>
    </message>
    <message>
        <source>“%1” does not start with a known country code</source>
        <translation>« %1 » ne commence pas par un indicatif de pays connu</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n’est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number</source>
        <translation>« %1 » est trop court pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number</source>
        <translation>« %1 » est trop long pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>“%1” is too short for its country</source>
        <translation>« %1 » est trop court pour son pays</translation>
    </message>
    <message>
        <source>“%1” is too long for its country</source>
        <translation>« %1 » est trop long pour son pays</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for its country</source>
        <translation>« %1 » n’a pas le bon nombre de chiffres pour son pays</translation>
    </message>
    <message>
        <source>“%1” is not a number in use in its country (no such area code or range)</source>
        <translation>« %1 » n’est pas un numéro attribué dans son pays (indicatif régional ou tranche inexistants)</translation>
    </message>
</context>
<context>
    <name>PlanSwitchPolicy</name>
    <message>
        <source>Toll-free numbers cannot switch between per-minute and flat billing.</source>
        <translation>Les numéros gratuits ne peuvent pas passer de la facturation à la minute à la facturation forfaitaire, ni l’inverse.</translation>
    </message>
    <message>
        <source>International numbers cannot switch between per-minute and flat billing.</source>
        <translation>Les numéros internationaux ne peuvent pas passer de la facturation à la minute à la facturation forfaitaire, ni l’inverse.</translation>
    </message>
    <message>
        <source>The plan already changed on %1; it can change once per calendar month, next on %2.</source>
        <translation>La formule a déjà été modifiée le %1 ; elle ne peut changer qu’une fois par mois civil, au plus tôt le %2.</translation>
    </message>
</context>
<context>
    <name>Proration</name>
    <message>
        <source>The monthly price cannot be negative (%1).</source>
        <translation>Le prix mensuel ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>La date de début n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The invoice day must be 1 to 28, or 0 for the last day of the month (got %1).</source>
        <translation>Le jour de facturation doit être compris entre 1 et 28, ou 0 pour le dernier jour du mois (valeur reçue : %1).</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>Impossible d’écrire le fichier CSV : %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>From %1 to %2 · Numbers: %3 · Call type: %4 · Grouped by: %5</source>
        <translation>Du %1 au %2 · Numéros : %3 · Type d’appel : %4 · Regroupement : %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Call report — %1</source>
        <translation>Rapport d’appels — %1</translation>
    </message>
    <message>
        <source>Calls: %1 · Minutes: %2 · Cost: %3</source>
        <translation>Appels : %1 · Minutes : %2 · Coût : %3</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>The first %1 of %2 calls are listed; export the report as CSV for all of them.</source>
        <translation>Seuls les %1 premiers appels sur %2 sont listés ; exportez le rapport en CSV pour les obtenir tous.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot set the page size of the PDF</source>
        <translation>Impossible de définir le format de page du PDF</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>Impossible d’écrire le PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportGroupsModel</name>
    <message>
        <source>%1:00</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Heure de la journée</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The number %1 is not one of this account&apos;s numbers.</source>
        <translation>Le numéro %1 ne fait pas partie des numéros de ce compte.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Les 6 derniers mois</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>The from-date is not a valid date.</source>
        <translation>La date de début n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The to-date is not a valid date.</source>
        <translation>La date de fin n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The to-date %1 is before the from-date %2.</source>
        <translation>La date de fin %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>Reports reach at most 6 months back: the earliest from-date is %1.</source>
        <translation>Les rapports remontent à 6 mois au plus : la date de début la plus ancienne est le %1.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Custom Reports</source>
        <translation>Rapports personnalisés</translation>
    </message>
    <message>
        <source>Saved reports:</source>
        <translation>Rapports enregistrés :</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Keep these filters under a name</source>
        <translation>Conserver ces filtres sous un nom</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numéros :</translation>
    </message>
    <message>
        <source>Call type:</source>
        <translation>Type d’appel :</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Regrouper par :</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Tous les numéros</translation>
    </message>
    <message>
        <source>Display Report</source>
        <translation>Afficher le rapport</translation>
    </message>
    <message>
        <source>Show the calls that match (Ctrl+Return)</source>
        <translation>Afficher les appels correspondants (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Import Calls…</source>
        <translation>Importer des appels…</translation>
    </message>
    <message>
        <source>Read call records from a CSV file (Ctrl+I)</source>
        <translation>Lire des enregistrements d’appels depuis un fichier CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Missed calls of, with the hours no routing rule answers outlined:</source>
        <translation>Appels manqués de, avec en surbrillance les heures qu’aucune règle de routage ne couvre :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Missed calls per day</source>
        <translation>Appels manqués par jour</translation>
    </message>
    <message>
        <source>Missed calls by weekday and hour</source>
        <translation>Appels manqués par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Choose the filters, then Display Report.</source>
        <translation>Choisissez les filtres, puis Afficher le rapport.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Calls: %1 · Minutes: %2 · Cost: %3</source>
        <translation>Appels : %1 · Minutes : %2 · Coût : %3</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Importer des appels</translation>
    </message>
    <message>
        <source>Your role in this account only views: importing calls is not allowed.</source>
        <translation>Votre rôle dans ce compte ne permet que la consultation : l’importation d’appels n’est pas autorisée.</translation>
    </message>
    <message>
        <source>Call records (*.csv);;All files (*)</source>
        <translation>Enregistrements d’appels (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing calls…</source>
        <translation>Importation des appels…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>Rien n’a été importé depuis %1.
%2</translation>
    </message>
    <message>
        <source>Calls imported: %1. Already present: %2.</source>
        <translation>Appels importés : %1. Déjà présents : %2.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>call-report.csv</source>
        <translation>rapport-appels.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting calls…</source>
        <translation>Exportation des appels…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>call-report.pdf</source>
        <translation>rapport-appels.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Delete Saved Report</source>
        <translation>Supprimer le rapport enregistré</translation>
    </message>
    <message>
        <source>Delete the saved report “%1”?</source>
        <translation>Supprimer le rapport enregistré « %1 » ?</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>missed-calls.png</source>
        <translation>appels-manques.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF (*.pdf)</source>
        <translation>Image PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>The totals could not be calculated: %1</source>
        <translation>Impossible de calculer les totaux : %1</translation>
    </message>
    <message>
        <source>Calculating the totals…</source>
        <translation>Calcul des totaux…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>Preparing the report for printing…</source>
        <translation>Préparation du rapport pour l’impression…</translation>
    </message>
</context>
<context>
    <name>RouteDecision</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Blocked: the caller matches “%1” on the block list.</source>
        <translation>Bloqué : l’appelant correspond à « %1 » dans la liste de blocage.</translation>
    </message>
    <message>
        <source>Blocked: the caller is not on the allow list.</source>
        <translation>Bloqué : l’appelant ne figure pas dans la liste d’autorisation.</translation>
    </message>
    <message>
        <source>No rule covers %1: the call goes to voicemail.</source>
        <translation>Aucune règle ne couvre %1 : l’appel est envoyé vers la messagerie vocale.</translation>
    </message>
    <message>
        <source>No rule covers %1 and voicemail is off: the call is rejected.</source>
        <translation>Aucune règle ne couvre %1 et la messagerie vocale est désactivée : l’appel est rejeté.</translation>
    </message>
    <message>
        <source>forwarded to %1 (%2 ringing)</source>
        <translation>transféré vers %1 (mode de sonnerie : %2)</translation>
    </message>
    <message>
        <source>the IVR greeting answers; callers who press the key are forwarded to %1 (%2 ringing)</source>
        <translation>l’accueil IVR répond ; les appelants qui appuient sur la touche sont transférés vers %1 (mode de sonnerie : %2)</translation>
    </message>
    <message>
        <source>the IVR menu answers</source>
        <translation>le menu IVR répond</translation>
    </message>
    <message>
        <source>sent to voicemail</source>
        <translation>envoyé vers la messagerie vocale</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Rule “%1” covers %2: %3.</source>
        <translation>La règle « %1 » couvre %2 : %3.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <source>Field “timezone”: “%1” is not a known time zone (use an IANA name such as America/New_York)</source>
        <translation>Champ « timezone » : « %1 » n’est pas un fuseau horaire connu (utilisez un nom IANA comme America/New_York)</translation>
    </message>
    <message>
        <source>%1, field “name”: a rule needs a name</source>
        <translation>%1, champ « name » : une règle doit avoir un nom</translation>
    </message>
    <message>
        <source>%1, field “start”: the start must be between 00:00 and 23:59</source>
        <translation>%1, champ « start » : le début doit être compris entre 00:00 et 23:59</translation>
    </message>
    <message>
        <source>%1, field “end”: the end must be between 00:00 and 24:00</source>
        <translation>%1, champ « end » : la fin doit être comprise entre 00:00 et 24:00</translation>
    </message>
    <message>
        <source>%1, field “dates”: give both “from” and “to”</source>
        <translation>%1, champ « dates » : indiquez à la fois « from » et « to »</translation>
    </message>
    <message>
        <source>%1, field “dates”: not a valid date</source>
        <translation>%1, champ « dates » : date non valide</translation>
    </message>
    <message>
        <source>%1, field “destinations”: a forward rule needs at least one destination</source>
        <translation>%1, champ « destinations » : une règle de transfert nécessite au moins une destination</translation>
    </message>
    <message>
        <source>%1, field “destinations”: “%2” is not a number in international form (+15145550100)</source>
        <translation>%1, champ « destinations » : « %2 » n’est pas un numéro au format international (+15145550100)</translation>
    </message>
    <message>
        <source>Filter entry %1, field “pattern”: %2</source>
        <translation>Entrée de filtre %1, champ « pattern » : %2</translation>
    </message>
    <message>
        <source>“%1” should be written “%2”</source>
        <translation>« %1 » doit s’écrire « %2 »</translation>
    </message>
    <message>
        <source>Field “ivr.digit”: “%1” is not a telephone key (0–9, * or #)</source>
        <translation>Champ « ivr.digit » : « %1 » n’est pas une touche de téléphone (0–9, * ou #)</translation>
    </message>
    <message>
        <source>Rule %1 “%2”</source>
        <translation>Règle %1 « %2 »</translation>
    </message>
</context>
<context>
    <name>RoutingJson</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON non valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>The routing configuration must be a JSON object</source>
        <translation>La configuration de routage doit être un objet JSON</translation>
    </message>
    <message>
        <source>Unknown field “%1” (expected timezone, voicemail, filter, rules, ivr)</source>
        <translation>Champ inconnu « %1 » (attendus : timezone, voicemail, filter, rules, ivr)</translation>
    </message>
    <message>
        <source>Field “timezone” must be a text such as “America/New_York”</source>
        <translation>Le champ « timezone » doit être un texte comme « America/New_York »</translation>
    </message>
    <message>
        <source>Field “voicemail” must be true or false</source>
        <translation>Le champ « voicemail » doit valoir true ou false</translation>
    </message>
    <message>
        <source>Field “filter”: unknown field “%1” (expected mode, entries)</source>
        <translation>Champ « filter » : champ inconnu « %1 » (attendus : mode, entries)</translation>
    </message>
    <message>
        <source>Field “filter.mode”: “%1” is not block, allow or off</source>
        <translation>Champ « filter.mode » : « %1 » n’est ni block, ni allow, ni off</translation>
    </message>
    <message>
        <source>Filter entry %1: unknown field “%2” (expected pattern, note)</source>
        <translation>Entrée de filtre %1 : champ inconnu « %2 » (attendus : pattern, note)</translation>
    </message>
    <message>
        <source>Filter entry %1, field “pattern”: %2</source>
        <translation>Entrée de filtre %1, champ « pattern » : %2</translation>
    </message>
    <message>
        <source>Field “ivr”: unknown field “%1” (expected enabled, greeting, digit, no_input)</source>
        <translation>Champ « ivr » : champ inconnu « %1 » (attendus : enabled, greeting, digit, no_input)</translation>
    </message>
    <message>
        <source>Field “ivr.digit”: “%1” is not one telephone key</source>
        <translation>Champ « ivr.digit » : « %1 » n’est pas une touche de téléphone unique</translation>
    </message>
    <message>
        <source>Field “ivr.no_input”: “%1” is not voicemail, reject or forward</source>
        <translation>Champ « ivr.no_input » : « %1 » n’est ni voicemail, ni reject, ni forward</translation>
    </message>
    <message>
        <source>%1: a rule must be a JSON object</source>
        <translation>%1 : une règle doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation>%1 : champ inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1, field “name”: a rule needs a name</source>
        <translation>%1, champ « name » : une règle doit avoir un nom</translation>
    </message>
    <message>
        <source>%1, field “dates.from”: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1, champ « dates.from » : « %2 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1, field “dates.to”: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1, champ « dates.to » : « %2 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1, field “days”: a list of day names such as [&quot;mon&quot;, &quot;tue&quot;]</source>
        <translation>%1, champ « days » : une liste de noms de jours comme [&quot;mon&quot;, &quot;tue&quot;]</translation>
    </message>
    <message>
        <source>%1, field “days”: unknown day “%2” (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1, champ « days » : jour inconnu « %2 » (utilisez mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1, field “days”: a rule without dates needs its days</source>
        <translation>%1, champ « days » : une règle sans dates doit indiquer ses jours</translation>
    </message>
    <message>
        <source>%1, field “start”: “%2” is not a time (HH:MM, 00:00–23:59)</source>
        <translation>%1, champ « start » : « %2 » n’est pas une heure (HH:MM, 00:00–23:59)</translation>
    </message>
    <message>
        <source>%1, field “end”: “%2” is not a time (HH:MM, 00:00–24:00)</source>
        <translation>%1, champ « end » : « %2 » n’est pas une heure (HH:MM, 00:00–24:00)</translation>
    </message>
    <message>
        <source>%1, field “action”: “%2” is not forward, voicemail, reject or ivr</source>
        <translation>%1, champ « action » : « %2 » n’est ni forward, ni voicemail, ni reject, ni ivr</translation>
    </message>
    <message>
        <source>%1, field “strategy”: “%2” is not simultaneous, sequential or random</source>
        <translation>%1, champ « strategy » : « %2 » n’est ni simultaneous, ni sequential, ni random</translation>
    </message>
</context>
<context>
    <name>RoutingLinter</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 has no day selected: it never fires.</source>
        <translation>%1 n’a aucun jour sélectionné : elle ne se déclenche jamais.</translation>
    </message>
    <message>
        <source>%1 never fires: every time it covers is already taken by %2, earlier in the list.</source>
        <translation>%1 ne se déclenche jamais : toutes les plages qu’elle couvre sont déjà prises par %2, plus haut dans la liste.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” on %3: “%2” wins there because it comes first in the list.</source>
        <translation>%1 chevauche « %2 » sur %3 : « %2 » l’emporte sur cette plage, car elle figure plus haut dans la liste.</translation>
    </message>
    <message>
        <source>%1 %2: no weekly rule covers these times and voicemail is off, so calls would be rejected.</source>
        <translation>%1 %2 : aucune règle hebdomadaire ne couvre ces horaires et la messagerie vocale est désactivée ; les appels seraient donc rejetés.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3): it never fires.</source>
        <translation>%1 se termine (%2) avant de commencer (%3) : elle ne se déclenche jamais.</translation>
    </message>
    <message>
        <source>%1: none of its days falls within its dates, so it never fires.</source>
        <translation>%1 : aucun de ses jours ne tombe dans ses dates, elle ne se déclenche donc jamais.</translation>
    </message>
    <message>
        <source>%1 ended on %2: it will not fire again.</source>
        <translation>%1 a pris fin le %2 : elle ne se déclenchera plus.</translation>
    </message>
    <message>
        <source>%1 never fires: every time it covers is already taken by “%2”, earlier in the list.</source>
        <translation>%1 ne se déclenche jamais : toutes les plages qu’elle couvre sont déjà prises par « %2 », plus haut dans la liste.</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” on some of its dates: “%2” wins there because it comes first in the list.</source>
        <translation>%1 chevauche « %2 » à certaines de ses dates : « %2 » l’emporte alors, car elle figure plus haut dans la liste.</translation>
    </message>
    <message>
        <source>%1: its %2 time %3 does not exist on %4 (clocks go forward, %5 is skipped).</source>
        <translation>%1 : son heure de %2 %3 n’existe pas le %4 (passage à l’heure d’été, %5 est sautée).</translation>
    </message>
    <message>
        <source>%1: its %2 time %3 happens twice on %4 (clocks go back, %5 is repeated).</source>
        <translation>%1 : son heure de %2 %3 survient deux fois le %4 (retour à l’heure d’hiver, %5 est répétée).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>%1 forwards to %2, the number itself: the call would loop.</source>
        <translation>%1 transfère vers %2, le numéro lui-même : l’appel tournerait en boucle.</translation>
    </message>
    <message>
        <source>%1: destination %2 is not a valid phone number (%3).</source>
        <translation>%1 : la destination %2 n’est pas un numéro de téléphone valide (%3).</translation>
    </message>
</context>
<context>
    <name>RoutingReplay</name>
    <message>
        <source>Field “timezone”: “%1” is not a known time zone</source>
        <translation>Champ « timezone » : « %1 » n’est pas un fuseau horaire connu</translation>
    </message>
</context>
<context>
    <name>RoutingRepository</name>
    <message>
        <source>The account has no number %1</source>
        <translation>Le compte n’a pas de numéro %1</translation>
    </message>
    <message>
        <source>Stored rule “%1” of %2</source>
        <translation>Règle enregistrée « %1 » de %2</translation>
    </message>
    <message>
        <source>%1 has an unknown day “%2”</source>
        <translation>%1 contient un jour inconnu « %2 »</translation>
    </message>
    <message>
        <source>%1 has a malformed time</source>
        <translation>%1 contient une heure mal formée</translation>
    </message>
    <message>
        <source>%1 has an unknown action</source>
        <translation>%1 contient une action inconnue</translation>
    </message>
    <message>
        <source>An employee account can view routing but not change it</source>
        <translation>Un compte employé peut consulter le routage, mais pas le modifier</translation>
    </message>
    <message>
        <source>The routing of this number</source>
        <translation>Le routage de ce numéro</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Ce numéro ne fait plus partie du compte</translation>
    </message>
</context>
<context>
    <name>RoutingRule</name>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <translation>Menu IVR</translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <translation>Simultané</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Séquentiel</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no day, %1</source>
        <translation>aucun jour, %1</translation>
    </message>
    <message>
        <source>every day, %1</source>
        <translation>tous les jours, %1</translation>
    </message>
</context>
<context>
    <name>RoutingRulesModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Voicemail when no rule covers a time</source>
        <translation>Messagerie vocale quand aucune règle ne couvre un horaire</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Enregistrer le brouillon (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Activity &amp;time zone:</source>
        <translation>&amp;Fuseau horaire de l’activité :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>24:00 ends at midnight; an end not after the start runs past midnight</source>
        <translation>24:00 termine à minuit ; une fin qui n’est pas après le début se poursuit au-delà de minuit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Uniquement &amp;entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonnerie</translation>
    </message>
    <message>
        <source>+15145550100, +15145550101</source>
        <translation>+15145550100, +15145550101</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>Des&amp;tinations:</source>
        <translation>Des&amp;tinations :</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>optional: +15145550123 or anonymous</source>
        <translation>facultatif : +15145550123 ou anonymous</translation>
    </message>
    <message>
        <source>S&amp;imulate</source>
        <translation>S&amp;imuler</translation>
    </message>
    <message>
        <source>Call at:</source>
        <translation>Appel à :</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <translation>A&amp;ppelant :</translation>
    </message>
    <message>
        <source>Replay of real calls: draft against saved rules</source>
        <translation>Rejeu des appels réels : brouillon comparé aux règles enregistrées</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;jouer</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernières</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard your changes to the routing of %1?</source>
        <translation>Abandonner vos modifications du routage de %1 ?</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>does not exist in %1 (clocks go forward)</source>
        <translation>n’existe pas dans %1 (passage à l’heure d’été)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Routage avancé</translation>
    </message>
    <message>
        <source>Read-only: your role can view routing but not change it</source>
        <translation>Lecture seule : votre rôle permet de consulter le routage, pas de le modifier</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Aucun avertissement.</translation>
    </message>
    <message>
        <source>Start: write a time as HH:MM, 00:00–23:59</source>
        <translation>Début : saisissez une heure au format HH:MM, 00:00–23:59</translation>
    </message>
    <message>
        <source>End: write a time as HH:MM, 00:00–24:00</source>
        <translation>Fin : saisissez une heure au format HH:MM, 00:00–24:00</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete the rule “%1” from the draft?</source>
        <translation>Supprimer la règle « %1 » du brouillon ?</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The routing was not saved: %1</source>
        <translation>Le routage n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it.</source>
        <translation>%1 n’existe pas dans %2 : l’heure avance à ce moment-là (passage à l’heure d’été).</translation>
    </message>
    <message>
        <source>Caller: “%1” is not a number in international form or “anonymous”.</source>
        <translation>Appelant : « %1 » n’est ni un numéro au format international ni « anonymous ».</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Règle « %1 »</translation>
    </message>
    <message>
        <source>No rule: voicemail</source>
        <translation>Aucune règle : messagerie vocale</translation>
    </message>
    <message>
        <source>No rule: rejected</source>
        <translation>Aucune règle : rejeté</translation>
    </message>
    <message>
        <source>Blocked by the filter</source>
        <translation>Bloqué par le filtre</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) from %1 to %2</source>
        <translation>
            <numerusform>%n appel de %1 à %2</numerusform>
            <numerusform>%n appels de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Week coverage (grey: voicemail, red: rejected, cross-hatched: holidays and other dated rules)</source>
        <translation>Couverture de la semaine (gris : messagerie vocale, rouge : rejeté, hachuré : jours fériés et autres règles datées)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>Semaine en c&amp;ours</translation>
    </message>
    <message>
        <source>The week of today in the number&apos;s time zone</source>
        <translation>La semaine en cours dans le fuseau horaire du numéro</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>the routing of %1</source>
        <translation>le routage de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Someone else changed this number&apos;s routing. Your changes are kept; saving them will ask whose to keep.</source>
        <translation>Quelqu’un d’autre a modifié le routage de ce numéro. Vos modifications sont conservées ; lors de l’enregistrement, il vous sera demandé quelle version garder.</translation>
    </message>
    <message>
        <source>Updated with a change made by someone else</source>
        <translation>Mis à jour avec une modification effectuée par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>RowStamp</name>
    <message>
        <source>%1 was changed by someone else while you were editing it.</source>
        <translation>%1 a fait l’objet d’une modification par quelqu’un d’autre pendant votre saisie.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it: %2 saved it.</source>
        <translation>%1 a fait l’objet d’une modification par quelqu’un d’autre pendant votre saisie : %2 l’a enregistrée.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it: %2 saved it at %3.</source>
        <translation>%1 a fait l’objet d’une modification par quelqu’un d’autre pendant votre saisie : %2 l’a enregistrée le %3.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modifié par %1 le %2</translation>
    </message>
</context>
<context>
    <name>SavedReportRepository</name>
    <message>
        <source>A saved report needs a name.</source>
        <translation>Un rapport enregistré doit avoir un nom.</translation>
    </message>
    <message>
        <source>This saved report</source>
        <translation>Ce rapport enregistré</translation>
    </message>
    <message>
        <source>This saved report no longer exists.</source>
        <translation>Ce rapport enregistré n’existe plus.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>Wrong password for the user “%1” on %2. Check the password (and the user name) and try again.</source>
        <translation>Mot de passe incorrect pour l’utilisateur « %1 » sur %2. Vérifiez le mot de passe (et le nom d’utilisateur), puis réessayez.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for “%2”. Type it in the Password field.</source>
        <translation>Le serveur %1 demande un mot de passe pour « %2 ». Saisissez-le dans le champ Mot de passe.</translation>
    </message>
    <message>
        <source>The host name “%1” is unknown. Check its spelling, or use the server&apos;s IP address.</source>
        <translation>Le nom d’hôte « %1 » est inconnu. Vérifiez son orthographe ou utilisez l’adresse IP du serveur.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the host and port, that the server is running, and that no firewall is in the way.</source>
        <translation>Aucun serveur PostgreSQL ne répond à l’adresse %1. Vérifiez l’hôte et le port, que le serveur est en marche et qu’aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”. Check the database name, or ask the administrator to create it.</source>
        <translation>Le serveur %1 n’a pas de base de données nommée « %2 ». Vérifiez le nom de la base de données ou demandez à l’administrateur de la créer.</translation>
    </message>
    <message>
        <source>The server %1 has no user “%2”. Ask the administrator to add you with “linedesk-cli server add-user”.</source>
        <translation>Le serveur %1 n’a pas d’utilisateur « %2 ». Demandez à l’administrateur de vous ajouter avec « linedesk-cli server add-user ».</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for the user “%2” and database “%3” (its pg_hba.conf has no matching entry). Ask the administrator to allow it, or try another SSL mode.</source>
        <translation>Le serveur %1 n’accepte pas les connexions de cet ordinateur pour l’utilisateur « %2 » et la base de données « %3 » (son pg_hba.conf ne contient aucune entrée correspondante). Demandez à l’administrateur de l’autoriser ou essayez un autre mode SSL.</translation>
    </message>
    <message>
        <source>The server %1 only accepts encrypted connections. Choose the SSL mode “Require” or “Verify full”.</source>
        <translation>Le serveur %1 n’accepte que les connexions chiffrées. Choisissez le mode SSL « Require » ou « Verify full ».</translation>
    </message>
    <message>
        <source>The SSL mode “%1” requires encryption, but the server %2 does not offer SSL. Ask the administrator to enable SSL, or choose “Prefer”.</source>
        <translation>Le mode SSL « %1 » exige le chiffrement, mais le serveur %2 ne propose pas SSL. Demandez à l’administrateur d’activer SSL ou choisissez « Prefer ».</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: the server&apos;s certificate could not be verified for the SSL mode “%2”. Install the server&apos;s root certificate (~/.postgresql/root.crt) or check the host name.</source>
        <translation>La connexion chiffrée à %1 a échoué : le certificat du serveur n’a pas pu être vérifié pour le mode SSL « %2 ». Installez le certificat racine du serveur (~/.postgresql/root.crt) ou vérifiez le nom d’hôte.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation>Impossible de se connecter au serveur %1.</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

Réponse du serveur : %2</translation>
    </message>
    <message>
        <source>You don&apos;t have the right to change this: the server refused it, and nothing was changed. Ask the account&apos;s owner or an admin.</source>
        <translation>Vous n’avez pas le droit de modifier ceci : le serveur l’a refusé et rien n’a été modifié. Adressez-vous au propriétaire du compte ou à un administrateur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ServerMembers</name>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>This server is not set up for LineDesk users yet; run “linedesk-cli server setup” first</source>
        <translation>Ce serveur n’est pas encore configuré pour les utilisateurs LineDesk ; exécutez d’abord « linedesk-cli server setup »</translation>
    </message>
    <message>
        <source>“%1” is not a user name LineDesk accepts: use lower-case letters, digits, _ . - or @, starting with a letter (at most 63 characters, not pg_… or linedesk_…)</source>
        <translation>« %1 » n’est pas un nom d’utilisateur accepté par LineDesk : utilisez des lettres minuscules, des chiffres, _ . - ou @, en commençant par une lettre (63 caractères au maximum, ni pg_… ni linedesk_…)</translation>
    </message>
    <message>
        <source>The password for “%1” is empty</source>
        <translation>Le mot de passe de « %1 » est vide</translation>
    </message>
    <message>
        <source>There is no account %1 on this server</source>
        <translation>Il n’y a pas de compte %1 sur ce serveur</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk user name</source>
        <translation>« %1 » n’est pas un nom d’utilisateur LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk user on this server</source>
        <translation>« %1 » n’est pas un utilisateur LineDesk sur ce serveur</translation>
    </message>
    <message>
        <source>“%1” is not a member of account %2</source>
        <translation>« %1 » n’est pas membre du compte %2</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>Server setup is for a PostgreSQL server; a SQLite file has no users (its user is always the owner)</source>
        <translation>La configuration du serveur concerne un serveur PostgreSQL ; un fichier SQLite n’a pas d’utilisateurs (son utilisateur est toujours le propriétaire)</translation>
    </message>
    <message>
        <source>Cannot read the rights of the connected user</source>
        <translation>Impossible de lire les droits de l’utilisateur connecté</translation>
    </message>
    <message>
        <source>Server setup must run as a PostgreSQL administrator (a superuser, or a user with CREATEROLE that owns the database); “%1” is neither</source>
        <translation>La configuration du serveur doit être exécutée par un administrateur PostgreSQL (un superutilisateur, ou un utilisateur disposant de CREATEROLE et propriétaire de la base de données) ; « %1 » n’est ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>Server setup failed; nothing was changed: %1</source>
        <translation>La configuration du serveur a échoué ; rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>Could not start the server setup: %1</source>
        <translation>Impossible de lancer la configuration du serveur : %1</translation>
    </message>
</context>
<context>
    <name>ServiceOptionsModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Included in your main package</source>
        <translation>Inclus dans votre forfait principal</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mois</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Souscrit</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Prend fin le %1</translation>
    </message>
    <message>
        <source>Included in package</source>
        <translation>Inclus dans le forfait</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>SmartNumberOptionsDialog</name>
    <message>
        <source>Options of %1</source>
        <translation>Options de %1</translation>
    </message>
    <message>
        <source>Check an option to switch it on, uncheck it to switch it off:</source>
        <translation>Cochez une option pour l’activer, décochez-la pour la désactiver :</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 par mois)</translation>
    </message>
    <message>
        <source>%1 (%2 a month), on until %3</source>
        <translation>%1 (%2 par mois), en service jusqu’au %3</translation>
    </message>
</context>
<context>
    <name>SqliteRowSource</name>
    <message>
        <source>This connection is not an SQLite connection LineDesk can use directly.</source>
        <translation>Cette connexion n’est pas une connexion SQLite que LineDesk peut utiliser directement.</translation>
    </message>
</context>
<context>
    <name>SubscriptionReviewDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Montée en gamme</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Baisse de gamme</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Résiliation de l’abonnement</translation>
    </message>
    <message>
        <source>&amp;Inform the customer (send a confirmation to the billing e-mail)</source>
        <translation>&amp;Informer le client (envoyer une confirmation à l’e-mail de facturation)</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Vérifier la modification</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>Facturé maintenant</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Prise d’effet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Charged now:</source>
        <translation>Facturé maintenant :</translation>
    </message>
    <message>
        <source>Monthly price today:</source>
        <translation>Prix mensuel actuel :</translation>
    </message>
    <message>
        <source>Price from %1:</source>
        <translation>Prix à partir du %1 :</translation>
    </message>
    <message>
        <source>Paid with:</source>
        <translation>Payé avec :</translation>
    </message>
    <message>
        <source>Prepaid account: added or upgraded services are charged one full month plus the rest of this invoice period now. Removed or downgraded ones run to the end of the period, with no credit.</source>
        <translation>Compte prépayé : les services ajoutés ou passés en gamme supérieure sont facturés maintenant pour un mois complet plus le reste de cette période de facturation. Les services retirés ou passés en gamme inférieure restent actifs jusqu’à la fin de la période, sans avoir.</translation>
    </message>
    <message>
        <source>Added or upgraded services are charged for the rest of this invoice period now. Removed or downgraded ones run to the end of the period, with no credit.</source>
        <translation>Les services ajoutés ou passés en gamme supérieure sont facturés maintenant pour le reste de cette période de facturation. Les services retirés ou passés en gamme inférieure restent actifs jusqu’à la fin de la période, sans avoir.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>%1 %2 %: %3</source>
        <translation>%1 %2 % : %3</translation>
    </message>
    <message>
        <source>Sales taxes on the card payment:</source>
        <translation>Taxes de vente sur le paiement par carte :</translation>
    </message>
    <message>
        <source>The card is charged:</source>
        <translation>Montant débité sur la carte :</translation>
    </message>
</context>
<context>
    <name>SubscriptionService</name>
    <message>
        <source>An employee account views the subscription but cannot change it; ask the account owner or an admin.</source>
        <translation>Un compte employé peut consulter l’abonnement, mais pas le modifier ; adressez-vous au titulaire du compte ou à un administrateur.</translation>
    </message>
    <message>
        <source>The account %1 has no subscription yet.</source>
        <translation>Le compte %1 n’a pas encore d’abonnement.</translation>
    </message>
    <message>
        <source>The subscribed package is missing from the catalogue.</source>
        <translation>Le forfait souscrit est absent du catalogue.</translation>
    </message>
    <message>
        <source>The subscription is cancelled or being cancelled; it cannot be changed.</source>
        <translation>L’abonnement est résilié ou en cours de résiliation ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1).</source>
        <translation>La quantité doit être comprise entre 1 et 999 (valeur reçue : %1).</translation>
    </message>
    <message>
        <source>There is no option “%1” in the catalogue.</source>
        <translation>Le catalogue ne contient aucune option « %1 ».</translation>
    </message>
    <message>
        <source>The option “%1” belongs to a smart number: name the number.</source>
        <translation>L’option « %1 » est liée à un numéro intelligent : indiquez le numéro.</translation>
    </message>
    <message>
        <source>%1 is not one of the account&apos;s smart numbers.</source>
        <translation>%1 ne fait pas partie des numéros intelligents du compte.</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 dispose déjà de %2.</translation>
    </message>
    <message>
        <source>%1 does not have %2.</source>
        <translation>%1 ne dispose pas de %2.</translation>
    </message>
    <message>
        <source>The option “%1” is not a smart-number option.</source>
        <translation>L’option « %1 » n’est pas une option de numéro intelligent.</translation>
    </message>
    <message>
        <source>%1 is already included in your %2 package.</source>
        <translation>%1 est déjà inclus dans votre forfait %2.</translation>
    </message>
    <message>
        <source>%1 is included in your %2 package and cannot be removed on its own.</source>
        <translation>%1 est inclus dans votre forfait %2 et ne peut pas être retiré séparément.</translation>
    </message>
    <message>
        <source>%1 can be taken only once.</source>
        <translation>%1 ne peut être souscrit qu’une seule fois.</translation>
    </message>
    <message>
        <source>%1 is already part of your subscription.</source>
        <translation>%1 fait déjà partie de votre abonnement.</translation>
    </message>
    <message>
        <source>%1 is not part of your subscription.</source>
        <translation>%1 ne fait pas partie de votre abonnement.</translation>
    </message>
    <message>
        <source>There is no package “%1” in the catalogue.</source>
        <translation>Le catalogue ne contient aucun forfait « %1 ».</translation>
    </message>
    <message>
        <source>%1 is already your package.</source>
        <translation>%1 est déjà votre forfait.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number: %2</source>
        <translation>« %1 » n’est pas un numéro de téléphone valide : %2</translation>
    </message>
    <message>
        <source>%1 is already one of your smart numbers.</source>
        <translation>%1 fait déjà partie de vos numéros intelligents.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Modification inconnue.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Il n’y a rien à modifier.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>A confirmed change needs a client request id.</source>
        <translation>Une modification confirmée nécessite un identifiant de requête client.</translation>
    </message>
    <message>
        <source>This change was already confirmed (request %1); nothing was charged again.</source>
        <translation>Cette modification a déjà été confirmée (requête %1) ; rien n’a été facturé de nouveau.</translation>
    </message>
    <message>
        <source>This payment was already posted (request %1); nothing was charged again.</source>
        <translation>Ce paiement a déjà été enregistré (requête %1) ; rien n’a été facturé de nouveau.</translation>
    </message>
    <message>
        <source>Your balance, %1, does not cover the %2 charged now: add funds or pay by card.</source>
        <translation>Votre solde, %1, ne couvre pas les %2 facturés maintenant : approvisionnez votre compte ou payez par carte.</translation>
    </message>
    <message>
        <source>The saved card %1 does not exist in this account.</source>
        <translation>La carte enregistrée %1 n’existe pas dans ce compte.</translation>
    </message>
    <message>
        <source>The saved card ending in %1 has expired.</source>
        <translation>La carte enregistrée se terminant par %1 a expiré.</translation>
    </message>
    <message>
        <source>Card payment, %1 ending in %2</source>
        <translation>Paiement par carte, %1 se terminant par %2</translation>
    </message>
    <message>
        <source>The new card has no payment token from the provider.</source>
        <translation>La nouvelle carte n’a pas de jeton de paiement fourni par le prestataire.</translation>
    </message>
    <message>
        <source>The payment token looks like a card number; LineDesk never stores card numbers.</source>
        <translation>Le jeton de paiement ressemble à un numéro de carte ; LineDesk n’enregistre jamais les numéros de carte.</translation>
    </message>
    <message>
        <source>The new card&apos;s brand is missing.</source>
        <translation>La marque de la nouvelle carte est manquante.</translation>
    </message>
    <message>
        <source>The new card&apos;s last four digits must be four digits (got “%1”).</source>
        <translation>Les quatre derniers chiffres de la nouvelle carte doivent être quatre chiffres (valeur reçue : « %1 »).</translation>
    </message>
    <message>
        <source>The new card&apos;s expiry %1/%2 is not a valid month and year.</source>
        <translation>La date d’expiration %1/%2 de la nouvelle carte n’est pas un mois et une année valides.</translation>
    </message>
    <message>
        <source>The new card expired in %1/%2.</source>
        <translation>La nouvelle carte a expiré en %1/%2.</translation>
    </message>
    <message>
        <source>%1, prorated to %2</source>
        <translation>%1, au prorata : %2</translation>
    </message>
    <message>
        <source>%1 on %2, prorated to %3</source>
        <translation>%1 le %2, au prorata : %3</translation>
    </message>
    <message>
        <source>“Inform the customer” needs a billing e-mail: fill it in Billing Options first.</source>
        <translation>« Informer le client » nécessite un e-mail de facturation : renseignez-le d’abord dans les options de facturation.</translation>
    </message>
    <message>
        <source>Your subscription changed on %1:</source>
        <translation>Votre abonnement a été modifié le %1 :</translation>
    </message>
    <message>
        <source>- %1 (%2): charged now %3, effective %4</source>
        <translation>- %1 (%2) : %3 facturé maintenant, prise d’effet le %4</translation>
    </message>
    <message>
        <source>Charged now: %1</source>
        <translation>Facturé maintenant : %1</translation>
    </message>
    <message>
        <source>Monthly price from %1: %2</source>
        <translation>Prix mensuel à partir du %1 : %2</translation>
    </message>
    <message>
        <source>Your subscription has changed</source>
        <translation>Votre abonnement a été modifié</translation>
    </message>
    <message>
        <source>The authentication method must be pin, caller-id or none (got “%1”).</source>
        <translation>La méthode d’authentification doit être pin, caller-id ou none (valeur reçue : « %1 »).</translation>
    </message>
    <message>
        <source>What to do first must be ring, voicemail or forward (got “%1”).</source>
        <translation>La première action doit être ring, voicemail ou forward (valeur reçue : « %1 »).</translation>
    </message>
    <message>
        <source>The private number of extension %1 is not valid: %2</source>
        <translation>Le numéro privé du poste %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Extension %1 was changed by someone else; reload and try again.</source>
        <translation>Le poste %1 a été modifié par quelqu’un d’autre ; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>%2 on %1 is already unsubscribed; it ends on %3.</source>
        <translation>L’option %2 sur %1 est déjà résiliée ; elle prend fin le %3.</translation>
    </message>
    <message>
        <source>The card was declined (%1); nothing was charged or changed.</source>
        <translation>La carte a été refusée (%1) ; rien n’a été débité ni modifié.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>No payment provider is available to charge the card; pay with account funds instead.</source>
        <translation>Aucun prestataire de paiement n’est disponible pour débiter la carte ; payez plutôt avec le solde du compte.</translation>
    </message>
    <message>
        <source>An extension is 2 to 6 digits (got “%1”).</source>
        <translation>Un poste comporte de 2 à 6 chiffres (valeur reçue : « %1 »).</translation>
    </message>
    <message>
        <source>The name of extension %1 is longer than 100 characters.</source>
        <translation>Le nom du poste %1 dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>“%1” is not a device of the catalogue (desk phone, mobile app, WebPhone, softphone).</source>
        <translation>« %1 » n’est pas un appareil du catalogue (téléphone de bureau, application mobile, WebPhone, softphone).</translation>
    </message>
    <message>
        <source>Extension %1 already exists.</source>
        <translation>Le poste %1 existe déjà.</translation>
    </message>
    <message>
        <source>The extension was changed or removed by someone else; reload and try again.</source>
        <translation>Le poste a été modifié ou supprimé par quelqu’un d’autre ; rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>SubscriptionTab</name>
    <message>
        <source>&amp;Billing Options…</source>
        <translation>Options de &amp;facturation…</translation>
    </message>
    <message>
        <source>Cancel my subscription…</source>
        <translation>Résilier mon abonnement…</translation>
    </message>
    <message>
        <source>Smart Numbers</source>
        <translation>Numéros intelligents</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>911</source>
        <translation>911</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>✎ &amp;Edit options…</source>
        <translation>✎ &amp;Modifier les options…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Résilier…</translation>
    </message>
    <message>
        <source>Office Extensions &amp;&amp; Phones</source>
        <translation>Postes &amp;&amp; téléphones</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Private number</source>
        <translation>Numéro privé</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Call screening</source>
        <translation>Filtrage des appels</translation>
    </message>
    <message>
        <source>✎ &amp;Private number settings…</source>
        <translation>✎ Réglages du numéro &amp;privé…</translation>
    </message>
    <message>
        <source>Main Package</source>
        <translation>Forfait principal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>C&amp;hange package…</source>
        <translation>C&amp;hanger de forfait…</translation>
    </message>
    <message>
        <source>Service Options</source>
        <translation>Options de service</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Review and confirm the options you checked</source>
        <translation>Vérifier et confirmer les options cochées</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Résilier…</translation>
    </message>
    <message>
        <source>Add to bas&amp;ket</source>
        <translation>Ajouter au pa&amp;nier</translation>
    </message>
    <message>
        <source>Minute packages this month</source>
        <translation>Forfaits de minutes ce mois-ci</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this product from the basket</source>
        <translation>Retirer ce produit du panier</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <source>Check&amp;out…</source>
        <translation>&amp;Payer…</translation>
    </message>
    <message>
        <source>Empty basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Open a database to see its subscription.</source>
        <translation>Ouvrez une base de données pour voir son abonnement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; package · %2 a month · next invoice %3</source>
        <translation>Forfait &lt;b&gt;%1&lt;/b&gt; · %2 par mois · prochaine facture le %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: the subscription is billed and runs until %1, then ends.</source>
        <translation>&lt;b&gt;Résilié&lt;/b&gt; : l’abonnement est facturé et reste actif jusqu’au %1, puis prend fin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Résilié&lt;/b&gt; le %1.</translation>
    </message>
    <message>
        <source>Employee account: you can view the subscription but not change it.</source>
        <translation>Compte employé : vous pouvez consulter l’abonnement, mais pas le modifier.</translation>
    </message>
    <message>
        <source>✓ on</source>
        <translation>✓ activé</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Numéro de l’appelant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 a month</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 par mois</translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>Inclus : %1</translation>
    </message>
    <message>
        <source>Changes to %1 on %2.</source>
        <translation>Passe à %1 le %2.</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 par mois)</translation>
    </message>
    <message>
        <source>no package</source>
        <translation>aucun forfait</translation>
    </message>
    <message>
        <source>No minute package: %1 minutes used this month are charged per minute. Packages of %2 to %3 minutes a month can be added from the basket.</source>
        <translation>Aucun forfait de minutes : les %1 minutes utilisées ce mois-ci sont facturées à la minute. Des forfaits de %2 à %3 minutes par mois peuvent être ajoutés depuis le panier.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes used (%3 left) until %4; unused minutes do not roll over.</source>
        <translation>%1 minutes utilisées sur %2 (%3 restantes) jusqu’au %4 ; les minutes non utilisées ne sont pas reportées.</translation>
    </message>
    <message>
        <source>%1 minutes over the package are charged per minute.</source>
        <translation>Les %1 minutes au-delà du forfait sont facturées à la minute.</translation>
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation>%1 par mois, %2</translation>
    </message>
    <message>
        <source>Account funds</source>
        <translation>Solde du compte</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Nouvelle carte…</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 now, then %2 a month more</source>
        <translation>
            <numerusform>%n article : %1 maintenant, puis %2 de plus par mois</numerusform>
            <numerusform>%n articles : %1 maintenant, puis %2 de plus par mois</numerusform>
        </translation>
    </message>
    <message>
        <source>This change is not possible</source>
        <translation>Cette modification n’est pas possible</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Add a Smart Number</source>
        <translation>Ajouter un numéro intelligent</translation>
    </message>
    <message>
        <source>Phone number in international form (+1 212 555 0199):</source>
        <translation>Numéro de téléphone au format international (+1 212 555 0199) :</translation>
    </message>
    <message>
        <source>Unsubscribe a Smart Number</source>
        <translation>Résilier un numéro intelligent</translation>
    </message>
    <message>
        <source>Unsubscribe %1? The number is released, with its calls kept in reports. It is paid to the end of this invoice period; nothing is refunded.</source>
        <translation>Résilier %1 ? Le numéro est libéré ; ses appels restent dans les rapports. Il est payé jusqu’à la fin de cette période de facturation ; rien n’est remboursé.</translation>
    </message>
    <message>
        <source>Unsubscribe an option</source>
        <translation>Résilier une option</translation>
    </message>
    <message>
        <source>Unsubscribe from %1? It stays active and billed until %2; nothing is refunded.</source>
        <translation>Résilier %1 ? L’option reste active et facturée jusqu’au %2 ; rien n’est remboursé.</translation>
    </message>
    <message>
        <source>Not added to the basket</source>
        <translation>Non ajouté au panier</translation>
    </message>
    <message>
        <source>Quantity not changed</source>
        <translation>Quantité non modifiée</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retiré</translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Remove every product from the basket? Nothing is charged.</source>
        <translation>Retirer tous les produits du panier ? Rien n’est facturé.</translation>
    </message>
    <message>
        <source>Basket not emptied</source>
        <translation>Le panier n’a pas été vidé</translation>
    </message>
    <message>
        <source>The basket cannot be paid</source>
        <translation>Le panier ne peut pas être réglé</translation>
    </message>
    <message>
        <source>The basket was not paid</source>
        <translation>Le panier n’a pas été réglé</translation>
    </message>
    <message>
        <source>Cancel my subscription</source>
        <translation>Résilier mon abonnement</translation>
    </message>
    <message>
        <source>Do you want to unsubscribe and close the account?</source>
        <translation>Voulez-vous résilier votre abonnement et fermer le compte ?</translation>
    </message>
    <message>
        <source>What happens next: your package, options and numbers keep working and are billed until %1, the end of this invoice period; nothing is refunded. From %2 nothing more is billed. Customer service will contact you to confirm the cancellation.</source>
        <translation>La suite : votre forfait, vos options et vos numéros continuent de fonctionner et sont facturés jusqu’au %1, fin de cette période de facturation ; rien n’est remboursé. À partir du %2, plus rien n’est facturé. Le service client vous contactera pour confirmer la résiliation.</translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation>Résilier l’abonnement</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>+ Add E&amp;xtension…</source>
        <translation>+ Ajouter un p&amp;oste…</translation>
    </message>
    <message>
        <source>Remove Extension…</source>
        <translation>Retirer le poste…</translation>
    </message>
    <message>
        <source>✓ until %1</source>
        <translation>✓ jusqu’au %1</translation>
    </message>
    <message>
        <source>Unsubscribed: it works and is billed until this day, then it switches off</source>
        <translation>Résiliée : l’option fonctionne et est facturée jusqu’à cette date, puis elle est désactivée</translation>
    </message>
    <message>
        <source>Remove Extension</source>
        <translation>Retirer le poste</translation>
    </message>
    <message>
        <source>Remove extension %1 (%2)? Its private number settings go with it; the device stays in your service options until you unsubscribe it.</source>
        <translation>Retirer le poste %1 (%2) ? Ses réglages de numéro privé sont supprimés avec lui ; l’appareil reste dans vos options de service jusqu’à sa résiliation.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>The extension was not removed</source>
        <translation>Le poste n’a pas été retiré</translation>
    </message>
</context>
<context>
    <name>TaxProfile</name>
    <message>
        <source>Province: “%1” is not a Canadian province or territory code (use %2)</source>
        <translation>Province : « %1 » n’est pas un code de province ou de territoire canadien (utilisez %2)</translation>
    </message>
    <message>
        <source>Provincial Tax ID: only accounts in British Columbia, Manitoba or Saskatchewan have one</source>
        <translation>Numéro de taxe provinciale : seuls les comptes en Colombie-Britannique, au Manitoba ou en Saskatchewan en ont un</translation>
    </message>
    <message>
        <source>Provincial Tax ID: “%1” is not a valid %2 tax ID (it looks like %3)</source>
        <translation>Numéro de taxe provinciale : « %1 » n’est pas un numéro valide pour %2 (format attendu : %3)</translation>
    </message>
    <message>
        <source>Exemption form: only accounts in British Columbia can exempt with a form</source>
        <translation>Formulaire d’exonération : seuls les comptes en Colombie-Britannique peuvent être exonérés au moyen d’un formulaire</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view the tax profile</source>
        <translation>Votre rôle dans ce compte ne permet que de consulter le profil fiscal</translation>
    </message>
    <message>
        <source>The tax profile was changed by someone else; reload it</source>
        <translation>Le profil fiscal a été modifié par quelqu’un d’autre ; rechargez-le</translation>
    </message>
</context>
<context>
    <name>TaxTable</name>
    <message>
        <source>Cannot read the tax table “%1”: %2</source>
        <translation>Impossible de lire la table des taxes « %1 » : %2</translation>
    </message>
    <message>
        <source>The tax table is not valid JSON: %1</source>
        <translation>La table des taxes n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The tax table&apos;s ID pattern for %1 is not a valid expression</source>
        <translation>Dans la table des taxes, le motif de numéro de taxe de %1 n’est pas une expression valide</translation>
    </message>
    <message>
        <source>The tax table lists no provinces</source>
        <translation>La table des taxes ne contient aucune province</translation>
    </message>
    <message>
        <source>The tax table&apos;s rate number %1 needs a code, a rate like &quot;9.975&quot; and valid dates</source>
        <translation>Le taux n° %1 de la table des taxes doit avoir un code, un taux comme &quot;9.975&quot; et des dates valides</translation>
    </message>
    <message>
        <source>The tax table&apos;s rate number %1 names an unknown province “%2”</source>
        <translation>Le taux n° %1 de la table des taxes indique une province inconnue « %2 »</translation>
    </message>
    <message>
        <source>The tax table has two %1 rates for %2 on the same days</source>
        <translation>La table des taxes contient deux taux de %1 pour %2 sur les mêmes jours</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>Aucune transaction n’est ouverte : %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Impossible d’enregistrer les modifications : %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the changes were saved. Once LineDesk has reconnected, reload to check before repeating them.</source>
        <translation>La connexion à la base de données a été perdue pendant l’enregistrement : impossible de savoir si les modifications ont été enregistrées. Une fois LineDesk reconnecté, rechargez pour vérifier avant de les refaire.</translation>
    </message>
</context>
<context>
    <name>TransactionHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>TransactionHistoryPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Deposits, monthly DID charges, fax and 911 fees. Call charges are on invoices, not here.</source>
        <translation>Dépôts, frais mensuels DID, frais de fax et de 911. Les frais d’appels figurent sur les factures, pas ici.</translation>
    </message>
    <message>
        <source>Transaction History</source>
        <translation>Historique des transactions</translation>
    </message>
    <message>
        <source>To: %1 is before From: %2.</source>
        <translation>Au : %1 est antérieur à Du : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export Transaction History</source>
        <translation>Exporter l’historique des transactions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>UnreturnedMissedCallsModel</name>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Numéro appelé</translation>
    </message>
    <message>
        <source>Last missed</source>
        <translation>Dernier appel manqué</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
</context>
<context>
    <name>WeekCoverageGrid</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: rule “%2”</source>
        <translation>%1 : règle « %2 »</translation>
    </message>
    <message>
        <source>%1: no rule, voicemail</source>
        <translation>%1 : aucune règle, messagerie vocale</translation>
    </message>
    <message>
        <source>%1: no rule, rejected</source>
        <translation>%1 : aucune règle, rejeté</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of the month on the coverage grid</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: rule “%2” (on these dates only, before weekly rules)</source>
        <translation>%1 : règle « %2 » (à ces dates uniquement, avant les règles hebdomadaires)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LineDesk: control panel for virtual phone numbers.</source>
        <translation>LineDesk : panneau de contrôle de numéros de téléphone virtuels.</translation>
    </message>
    <message>
        <source>Open this SQLite file instead of the last database.</source>
        <translation>Ouvre ce fichier SQLite au lieu de la dernière base de données.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Enregistre une image de la fenêtre dans ce fichier PNG une fois affichée, puis quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Show this tab first (0–4).</source>
        <translation>Affiche d’abord cet onglet (0 à 4).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
</context>
</TS>
