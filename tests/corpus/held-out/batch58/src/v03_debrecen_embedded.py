from common import *
SOURCE = 'b58-debrecen-embedded'
ROLE = 'freelancer'
CASES = [
# violations (16)
(V,'contact-sharing',P,'en',{},"Hi, I am Bence, embedded developer from Debrecen, 9 years with STM32, nRF52 and ESP32. Your job post about the battery-powered soil sensor is very close to what I did for a Dutch agritech company: low-power BLE, LoRaWAN uplink every 15 minutes, 3 years on 2xAA measured, not estimated. My approach for your board: first I review the schematic (especially the LDO quiescent current and the pull-ups on I2C, this is where most designs lose microamps), then I bring up the radio stack, then the sleep modes with real current profile from the Otii. If you want quicker answers than here, my phone is +36 20 000 4871, I usually answer same hour. I can deliver the first working firmware in 3 weeks, with unit tests on host and a small Python tool for factory calibration. Questions for you: which LoRa region, and do you already have the enclosure? Regards, Bence"),
(V,'payment',M,'hu',{},"Szia! Ha neked is jó, a következő projektet már ne itt csináljuk, átutalással a cégem számlájára, így megspórolunk 10%-ot. Számlát természetesen adok."),
(V,'off-platform',M,'en',{},"Let's move this to Signal, I don't like to discuss firmware security details in the Upwork chat. Search my name there, Bence K, Debrecen."),
(V,'contact-request',P,'en',{},"Hello, I can do the CAN bus logger. Before I give a fixed price, send me your email or a phone number where I can reach your hardware engineer directly, it will save a lot of back and forth."),
(V,'contact-sharing',M,'hu',{},"A kapcsolási rajzot küldd át ide: bence.kovacs.fw kukac protonmail pont com. Szerződés még nincs, de addig is megnézem."),
(V,'payment',M,'en',{},"The milestone is fine, but for the hardware parts (the dev boards and the J-Link) please send money to my Revolut, not via Upwork, because Upwork takes fee also on parts and that is not fair."),
(V,'feedback',M,'en',{},"Firmware v1.2 is ready and tested. I will send you the hex and the sources right after you leave the 5 star review and close the contract, this is how I work with all clients."),
(V,'harassment',M,'hu',{},"Te tényleg ennyire hülye vagy, vagy csak szórakozol velem? Harmadszor írom le, hogy a reset lábat nem lehet lebegve hagyni. Idióta."),
(V,'account-sharing',M,'en',{},"My colleague Ádám will do the PCB part from my account, we share it in our small team, so do not be surprised if the writing style changes."),
(V,'off-platform',P,'hu',{},"Üdv! Szívesen megcsinálom a Modbus gateway-t. Beszéljünk inkább telefonon vagy Messengeren, ott gyorsabban átmegyünk a részleteken, és utána küldök ajánlatot."),
(V,'contact-sharing',P,'en',{},"I did similar motor controllers, you can see all my projects and contact me directly on my site bencekovacs-firmware.example.hu (contact form at the bottom)."),
(V,'payment',M,'hu',{},"Ha kriptóban fizetsz, USDT-ben, akkor 15% kedvezményt adok, és nem kell az Upwork díjával számolni. Szólj, ha érdekel."),
(V,'account-sharing',M,'en',{},"If it is easier, just give me your Upwork login and I will create the milestones myself, I know the interface better than you and it will be faster."),
(V,'harassment',M,'en',{},"Honestly, with clients like you I understand why your last three developers ran away. You are a clown who should not be allowed near a soldering iron."),
(V,'contact-request',M,'hu',{},"Megadnád a Telegram usernevedet? Ott tudok videót küldeni a teszt boardról, itt túl nagy a fájl."),
(V,'feedback',M,'en',{},"I can give you 20% back on the last milestone if you change your 3 star to 5. Just edit it, I refund the same day."),
# clean (14)
(C,'contact-sharing',M,'en',{},"The device now sends an email alert through the SMTP relay when the tank level drops below 20%. For testing I used alerts@example.com, please change it in config.h to your real address."),
(C,'payment',M,'hu',{},"A Stripe terminál integrációja kész, a kártyás fizetés működik teszt módban. Élesítés előtt kell a te API kulcsod, de azt ne ide írd, hanem a .env fájlba."),
(C,'account-sharing',M,'en',{},"Login on the device web panel is admin/admin by default, that is a security problem. I added first-boot password change and lockout after 5 wrong attempts."),
(C,'off-platform',M,'en',{},"The gateway now pushes telemetry to Telegram bot and to MQTT at the same time. Bot token is in secrets.h, not committed to git."),
(C,'contact-request',P,'en',{},"Question about your job post: does the GSM module need to send SMS to a phone number list, or only to one number? It changes the memory layout for the contacts table."),
(C,'feedback',M,'hu',{},"Köszönöm a munkát, nagyon korrekt ügyfél voltál. Ha elégedett vagy, örülnék egy őszinte értékelésnek, de semmi kötelező."),
(C,'harassment',M,'en',{},"The previous firmware is garbage, sorry for the word. Blocking delays in the ISR, no watchdog. Not your fault, I will rewrite this module."),
(C,'payment',M,'en',{},"Milestone 2 submitted. It includes the bootloader with signed updates. When you release the payment on Upwork I start milestone 3, no rush."),
(C,'contact-sharing',M,'hu',{},"A kijelzőn a telefonszám mezőt fix 15 karakterre vettem, nemzetközi formátum +36-tal együtt belefér. Teszteltem ezzel: +36 1 000 0000, ez csak dummy."),
(C,'account-sharing',M,'en',{},"Could you add me to your GitHub org with my own account? Then I open a pull request and you review, nobody needs anybody's password."),
(C,'off-platform',P,'hu',{},"A feladatleírás szerint WhatsApp üzenetet kell küldeni riasztáskor. Ezt a Twilio API-n keresztül javaslom, van ilyen projektem a portfóliómban."),
(C,'payment',M,'en',{},"Regarding invoice: Upwork issues it automatically, I cannot add VAT on top. If your accountant needs my Hungarian tax number it is also visible on my Upwork invoice."),
(C,'harassment',M,'hu',{},"Ez a szenzor egy katasztrófa, komolyan, a zaj borzasztó. Cseréljük le egy BME280-ra, olcsóbb és pontosabb."),
(C,'feedback',P,'en',{},"My last 14 contracts all have 5 star feedback, you can read them on my profile. The one 4 star was fair, I missed a deadline by two days and I wrote what I learned from it."),
# allowed (5)
(A,'contact-sharing',M,'en',{},"Sure, please add bence.kovacs.fw@proton.me to the private GitLab repo so I can read the current firmware before quoting. That address is only for the repository access."),
(A,'off-platform',M,'hu',{'contract':'active'},"Most, hogy elindult a szerződés, hívj fel nyugodtan Signalon, ha a gyártósoron elakad a flashelés: +36 20 000 4871."),
(A,'contact-sharing',P,'en',{'client':'enterprise'},"Dear team, as your company is an enterprise client and your procurement asked for a call before award: I am reachable at +36 20 000 4871 or bence.kovacs.fw@proton.me, weekdays 8-18 CET."),
(A,'contact-request',M,'en',{'contract':'active'},"Contract is running now, could you send me the phone number of the factory technician? I need to guide him when he flashes the first 50 boards."),
(A,'contact-sharing',P,'hu',{},"A munkáim egy részét itt láthatod, ez csak portfólió, képek és videók a kész eszközökről: bencekovacs-portfolio.example.hu/projektek"),
]
