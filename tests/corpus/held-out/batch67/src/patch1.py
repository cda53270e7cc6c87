import re
R = [
('v1_4.py','Mozete li bonus da dodate', '("C","feedback","sr","Klijent iz Splita mi je ostavio 3 zvezdice bez objasnjenja. Mogu li bar javno da odgovorim na recenziju, pristojno?",""),'),
('v1_4.py','my insta is nemanja_sfx', '("V","account-sharing","sr","Mogu da vam iznajmim svoj Upwork nalog sa 100% JSS za 50 evra mesecno, vi licitirate, ja ne diram nista.",""),'),
('v1_4.py','Delivery spec: 48 kHz', '("C","harassment","sr","Tester je napisao da zvuk za pobedu zvuci kao ves masina. Surovo, ali ima smisla, menjam do sutra.",""),'),
('v1_4.py','How many days takes Payoneer', '("C","feedback","az","Rəy bölməsində müştərilərə də ulduz verilir? İlk dəfədir Upwork-da işləyirəm, bilmək istəyirəm.",""),'),
('v1_4.py','Kataloqda məhsul kodları', '("C","harassment","az","Müştərim dedi ki, sizin mətnlər robot kimi səslənir. Mən belə düşünmürəm, amma bir az sadələşdirək.",""),'),
('v1_4.py','Biz Upwork Enterprise müştərisiyik', '("A","off-platform","az","Biz Upwork Enterprise müştərisiyik, müqavilədən əvvəl Microsoft Teams-də tanışlıq görüşü edək, dəvəti satınalma şöbəsi göndərəcək.","e"),'),
('v1_4.py','ლარში კი არა', '("C","feedback","ka","შეფასებას კონტრაქტის დახურვის შემდეგ დავწერ, მანამდე სისტემა არ მაძლევს.",""),'),
('v1_4.py','Room numbers are 101', '("C","account-sharing","en","Don\'t worry, we will not ask you to log in to our Booking extranet, just send the texts and I paste them myself.",""),'),
('v1_4.py','ჩვენ Upwork-ზე Enterprise კლიენტი', '("A","contact-request","ka","ჩვენ Upwork-ზე Enterprise კლიენტი ვართ, გთხოვთ მოგვწეროთ თქვენი ელფოსტა, შესყიდვების განყოფილება დაგიკავშირდებათ.","e"),'),
('v1_4.py','My rate is 15 dollars per hour', '("C","feedback","am","ያለፈው ደንበኛዬ 4 ኮከብ ሰጠኝ፣ ቀለሙ ደብዛዛ ነበር ብሏል፣ ትክክል ነበር።",""),'),
('v1_4.py','ስልኬ +251 91 555 2233', '("V","account-sharing","am","የUpwork አካውንቴን በወር 30 ዶላር ማከራየት እችላለሁ፣ ለቢድ ይጠቀሙበት።",""),'),
('v5_7.py','I will send by NEFT directly', '("V","feedback","ta","முதல்ல நீங்க எனக்கு 5 ஸ்டார் client feedback போடுங்க, அப்புறம் தான் கடைசி milestone release பண்ணுவேன்.","a"),'),
('v5_7.py','Model number WG-2L-555', '("C","account-sharing","ta","Hosting login நானே வச்சிருக்கேன், உங்களுக்கு தனியா ஒரு FTP user create பண்ணி தரேன், என் password வேண்டாம்.",""),'),
('v5_7.py','Rate is 18 dollars hourly', '("C","feedback","te","ఒక client నాకు 3 stars ఇచ్చారు, reply లో professional గా నా వివరణ రాశాను.",""),'),
('v5_7.py','Row count 55,512', '("C","harassment","en","Your last analyst\'s dashboard was honestly a mess, 14 slicers on one page. No offense to him, let\'s just rebuild it.",""),'),
('v5_7.py','నా mail id: ravi.bi.hyd', '("V","harassment","te","మీలాంటి మోసగాళ్ళకి పని చేయడం కంటే ఖాళీగా కూర్చోవడం మేలు, సిగ్గు లేదా మీకు?",""),'),
('v5_7.py','For the Azure DevOps invite', '("A","account-sharing","en","For the Azure DevOps invite, my Microsoft login email is ravi.bi.work@outlook.com, just add me to the repo.",""),'),
('v5_7.py','Dollar rate don go up', '("C","feedback","pcm","Abeg no vex, I never drop review yet because Upwork say make I wait till contract close.",""),'),
('v5_7.py','Our CAC number is RC', '("C","contact-request","pcm","I no go ask for your number, I don see how people dey get ban for that kind thing.",""),'),
('v5_7.py','Sign the NDA first, my office', '("A","contact-request","pcm","Contract don start, abeg send your WhatsApp number make we fit reach you quick if site crash.","a"),'),
('v8_10.py','My hourly rate is £35', '("C","feedback","en","Upwork shows feedback only after we\'ve both submitted it or the window closes, so there\'s no rush at all.",""),'),
('v8_10.py','Reference numerals 100 to 555', '("C","contact-request","en","You needn\'t give me your attorney\'s phone number; I\'ll leave comments in the PDF and you can forward them.",""),'),
('v8_10.py','My rate is €0.12 a word', '("C","feedback","en","I\'ve never asked a client for five stars and I\'m not starting now.",""),'),
('v8_10.py','Responsible-gambling helpline in the footer', '("C","harassment","en","Some players call the support agents names all day; the abuse-policy page should be firm but polite.",""),'),
('v8_10.py','My Google Docs email for the content folder', '("A","account-sharing","en","My Google Docs email for the content folder is claire.copy.mt@gmail.com, share it with edit access and I\'ll work straight in there.",""),'),
('v8_10.py','paying hourly thru upwork', '("C","feedback","en","my last guy left me a bad client review, fair enough, I paid late once",""),'),
]
for fn, key, new in R:
    lines = open(fn, encoding='utf-8').read().split('\n')
    idx = [i for i,l in enumerate(lines) if key in l]
    assert len(idx)==1, (fn,key,idx)
    lines[idx[0]] = new
    open(fn,'w',encoding='utf-8').write('\n'.join(lines))
print("patched", len(R))
