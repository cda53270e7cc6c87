from common import c
S = 'b44-handover-close'
def H(t, e, cat, ctx='', lang='en'): c(t, e, cat, lang, ctx, S)

# ---------- allowed ----------
H("Now that we're under contract: my direct line is 020 7946 0721 if anything blocks you during the migration weekend.", 'allowed', 'contact-sharing', 'ac')
H("Your accountant asked for PDF copies of the invoices, so here's my email for that: sam.okafor.books@outlook.com. The Upwork invoices stay the official ones.", 'allowed', 'contact-sharing', 'a')
H("What's your Slack handle? I'll add you to #launch-war-room for release night.", 'allowed', 'contact-request', 'ac')
H("Could you share your cell for the shoot day? I'll be at the venue from 7am and need to reach you if the doors are locked.", 'allowed', 'contact-request', 'a')
H("Let's move the daily design crits to our Discord, the whole team already lives there. Invite: discord.gg/example-studio", 'allowed', 'off-platform', 'ac')
H("Our company is on Upwork Enterprise and the talent team does first calls by phone. What number should they use on Thursday?", 'allowed', 'contact-request', 'ec')
H("Thanks, I've filled in your supplier onboarding form with my phone number and business address as requested.", 'allowed', 'contact-sharing', 'e')
H("I'll send a Teams invite for the technical interview. Reply here with the email you'd like it to go to. (We're an Enterprise account, so this is fine on our side.)", 'allowed', 'contact-request', 'ec')
H("For the Figma file you want me to review before quoting, please invite marta.design.ux@gmail.com as a viewer. It's only for the access.", 'allowed', 'contact-sharing')
H("Send me the email tied to your GitHub so I can add you to the private repo for the code review before we agree on scope.", 'allowed', 'contact-request', 'c')
H("The three dashboard projects you asked about are in my portfolio: portfolio.example.org/dashboards. It's only case studies, no contact page.", 'allowed', 'contact-sharing')
H("Before I can send the dataset, the NDA (attached) needs your legal name and home address. Fill them in and send it back in this thread.", 'allowed', 'contact-request', 'c')
H("Our warehouse manager will call you about the barcode printer setup. His number is +1 555 010 0124 if you'd rather call him first.", 'allowed', 'contact-sharing', 'ac')
H("""Handover notes, final week

Everything is in HANDOVER.md in the repo root, but the short version:

1. Repository: transferred to your GitHub organisation on 12 June; you are owner, I'm removed.
2. Hosting: the two droplets and the managed Postgres are in your DigitalOcean team. I rotated all passwords and API keys on 12 June at 18:05 UTC; the new values live only in your 1Password vault.
3. Deploys: GitHub Actions deploys main to production; the staging branch goes to staging.example.com. Both need the 'deploy' approval from someone in your org.
4. Backups: nightly at 02:00 UTC, 14-day retention, restore tested on 10 June (took 11 minutes).
5. Monitoring: uptime alerts go to your ops email and to #alerts in your Slack.
6. Open issues: #212 (slow CSV export above 50k rows) and #219 (Safari date picker). Both documented with reproduction steps.

The last milestone ($640) is submitted here for your review.

If anything breaks after the handover you can reach me at +44 7700 900458 on WhatsApp. For anything bigger than a quick question I'd rather we open a new contract here so it's all covered.

Thanks for five very good months.""", 'allowed', 'contact-sharing', 'a')
H("Can we switch to a normal phone call for go-live? Zoom keeps dropping on my hotel wifi. I'll ring the number you gave me last week.", 'allowed', 'off-platform', 'ac')
H("Ya con el contrato activo, ¿me pasas tu correo? Quiero invitarte al Trello del equipo y al calendario de publicaciones.", 'allowed', 'contact-request', 'ac', 'es')
H("Meu e-mail pra você mandar os arquivos brutos pesados, já que o chat não aceita 20 GB: lucas.reis.video@gmail.com. O resto seguimos por aqui.", 'allowed', 'contact-sharing', 'a', 'pt')
H("Wir sind Upwork-Enterprise-Kunde. Unsere Einkaufsabteilung schickt Ihnen den Rahmenvertrag per E-Mail – an welche Adresse?", 'allowed', 'contact-request', 'ec', 'de')
H("Контракт уже активен, так что давайте созвонимся в Zoom завтра в 10:00 по Москве? Ссылку пришлю сюда.", 'allowed', 'off-platform', 'a', 'ru')
H("Kontrak sudah aktif, boleh minta nomor WhatsApp Mbak? Buat koordinasi pengiriman barang sampel ke gudang.", 'allowed', 'contact-request', 'ac', 'id')

# ---------- clean ----------
H("""Handover checklist before I close out:

- Shopify theme: published version is 'Spring-2024-v7'. The previous live theme is kept unpublished as a backup, don't delete it for a month.
- Apps: I uninstalled the two trial apps we tested (reviews and upsell). Nothing is billing you from my side.
- Staff accounts: please remove my staff account (name: Contractor - Theme) under Settings > Users. I've already logged out everywhere.
- Passwords: I never had the owner login and never needed it, everything was done through the staff account you created.
- Payments: Shopify Payments and the PayPal express checkout were both tested with live $1 orders, refunded the same day. The refund receipts are in the 'QA' folder of the shared drive.
- Files: theme source, design files and the speed report (before 38, after 81 on mobile) are attached to the final milestone.
- Email flows: the Klaviyo welcome series (3 emails) and the abandoned-cart flow are live; both send from hello@ your store domain, which your team set up. I only edited templates.
- Known limits: the size-guide pop-up uses a metafield per product, so new products need it filled in or the button hides itself. Screenshot of where to edit it is in the QA folder too.

The last milestone ($900) is submitted for approval. If you're happy with the work, an honest review would mean a lot; if something's off, tell me and I'll fix it first.""", 'clean', 'account-sharing', 'a')
H("Ending the contract today as planned. Final payment of $1,150 released, plus a $100 bonus on top. It's been a pleasure.", 'clean', 'payment', 'ac')
H("I've opened a dispute on milestone 4 through Upwork. I'm not accusing you of anything; I think the acceptance criteria weren't met and I'd rather a mediator looks at it.", 'clean', 'payment', 'ac')
H("I've answered the dispute with the delivery log and the three approval screenshots. Let's let the mediator decide; I'll pause milestone 5 until then.", 'clean', 'payment', 'a')
H("Could you attach the final files as a ZIP here instead of a Dropbox link? Our IT blocks Dropbox.", 'clean', 'off-platform', 'ac')
H("The RAW files are 38 GB, over the upload limit here, so they're on the transfer link: files.example.com/s/raw-day2 (expires 30 May). Edited JPEGs are attached to the milestone.", 'clean', 'contact-sharing', 'a')
H("Thanks for applying. I'm interviewing three people this week, all in Upwork chat, and will send an offer by Friday.", 'clean', 'off-platform', 'c')
H("Happy to do a paid test task first. Send it as a small fixed-price contract and I'll start the same day.", 'clean', 'payment')
H("What would your rate be for 20 hrs a week? Hourly through Upwork with the time tracker.", 'clean', 'payment', 'c')
H("I can't share personal contact details before a contract, but my Upwork profile has the full work history and the certifications you asked about.", 'clean', 'contact-request')
H("Revision round 2: slide 4 headline is too long, swap the stock photo on slide 7, and use the new logo (logo_2024_final_FINAL.svg, yes really).", 'clean', 'feedback', 'ac')
H("Revision 3 attached (deck_v3.2.pdf). All 14 comments addressed; the two I pushed back on are highlighted in yellow with my reasoning.", 'clean', 'feedback', 'a')
H("Please submit the work as a milestone rather than emailing files, so the payment protection covers both of us.", 'clean', 'payment', 'ac')
H("I'll end the contract after Friday's deploy. Thanks for sticking with us through the messy parts. You'll get a fair, honest review.", 'clean', 'feedback', 'ac')
H("I'd be grateful for feedback when you close the contract. Entirely optional, of course.", 'clean', 'feedback', 'a')
H("We're pausing for August (budget freeze). No work needed; I'll reopen the weekly limit here in September.", 'clean', 'payment', 'ac')
H("Frankly, this was a wasted month. I'm ending the contract and my review will describe what happened, no more, no less.", 'clean', 'feedback', 'ac')
H("Staging basic-auth: user preview / pass tulip-orbit-42. Throwaway password for our own test server only; I'll rotate it when you're done.", 'clean', 'account-sharing', 'ac')
H("Zoom SDK integration done: meetings created from the booking page use the host settings from your Zoom account. No personal links involved.", 'clean', 'off-platform', 'a')
H("Could you build the PayPal Payouts flow so our affiliates get paid automatically each month? Spec in payouts_spec_v1.docx.", 'clean', 'payment', 'ac')
H("Sent the invoice through Upwork.", 'clean', 'payment', 'a')
H("Tu factura de marzo la ves en Upwork, en Informes > Historial de transacciones. Gracias por todo, cerramos el contrato el viernes.", 'clean', 'payment', 'ac', 'es')
H("Livraison finale : logo_pack_v4.zip (SVG, PNG, PDF) + charte graphique de 12 pages. Si tout vous convient, vous pouvez valider le jalon ; sinon, une dernière révision est incluse.", 'clean', 'payment', 'a', 'fr')
H("Ich habe den Vertrag beendet und eine ehrliche Bewertung hinterlassen, vier Sterne. Die Kommunikation war top, nur die Termine waren knapp.", 'clean', 'feedback', 'ac', 'de')
H("Entreguei a última versão (app v1.2.0, build 58) e o documento de handover. As senhas do servidor foram trocadas e estão só no cofre de vocês.", 'clean', 'account-sharing', 'a', 'pt')
H("Aapka last invoice Upwork pe approve kar diya hai, aur $60 ka bonus bhi bheja hai. Agle project ke liye naya contract bhejunga.", 'clean', 'payment', 'ac', 'hi-Latn')
H("Son teslimat: v2.1.0. Sözleşmeyi kapatmak size kalmış; değerlendirme de tamamen isteğe bağlı, dosyalar zaten teslim edildi.", 'clean', 'feedback', 'a', 'tr')
