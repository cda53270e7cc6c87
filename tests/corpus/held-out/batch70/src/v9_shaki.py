SLUG, ROLE = "shaki-revit-modeler", "freelancer"
ROWS = [
("V","cs","m","az","", "Salam, mənim WhatsApp nömrəm: +994 50 555 12 34. Ora yazın, Revit faylını göndərim, burada 100 MB limiti var."),
("V","cs","p","en","", """Hello,

I am architect and BIM modeler from Shaki, Azerbaijan, 7 years in Revit (2019-2024), also AutoCAD, Navisworks and Dynamo. I read your job about converting the 2D drawings of the 4-storey residential building to LOD 300 model and I can do it.

What I will deliver:
- architectural + structural model in Revit 2023, worksets organised
- walls, floors, roofs, doors/windows with correct families and type marks
- sheets: plans, 4 elevations, 2 sections, door and window schedules
- clash check between arch and structure in Navisworks, report in PDF
- IFC export for your consultant

Before start I check the DWG for scale and layer problems, I send you a short list of questions so nothing is guessed. For the fast questions write me on telegram: t dot me slash shaki_bim_555, I answer also at night.

Timeline: 9 working days. Price: $640 fixed, 3 milestones (model, sheets, clash report). I can show you similar project, a hotel in Qabala, 3D views attached.

Best regards,
Elvin"""),
("V","cr","m","az","", "Nömrənizi yazın, zəng edim, planı telefonda izah edərəm. Belə daha tez olar."),
("V","cr","m","en","", "Please write your e-mail, I send you the IFC model there, here is limit 100mb"),
("V","op","m","az","", "Burada yazışmaq çətindir, gəlin Telegramda davam edək, orada faylları da atmaq asandır."),
("V","op","p","en","", "Hi, I can model this warehouse in Revit in 5 days. We can make a call on Skype before the contract, my skype is live:shaki.bim, add me and we discuss details."),
("V","pay","m","az","", "Ödənişi birbaşa kartıma edin, Upwork komissiyası olmasın, mən də sizə endirim edərəm."),
("V","cr","m","en","", "Can you give me your phone number? I call you from my side on WhatsApp, it is free, and we discuss the model faster."),
("V","pay","m","az","a", "Növbəti mərhələni Upwork-da yox, Leobank kartıma köçürün, daha tez olar."),
("V","fb","m","en","a", "I will send the final RVT file after you leave 5 star review. First review, then file, this is my rule."),
("V","fb","m","az","", "Mənə 5 ulduz yazsanız, növbəti layihədə 20% endirim edəcəm, söz verirəm."),
("V","as","m","en","", "My Upwork is not verified yet, so I will apply from my friend account, he is from Baku, same quality of work."),
("V","as","m","az","", "Autodesk hesabınızın parolunu göndərin, lisenziyanı öz kompüterimdə istifadə edim, sizə ucuz başa gələr."),
("V","har","m","en","", "Your architect is idiot. Who draws stairs like this? Brainless people."),
("V","har","m","az","", "Axmaqsan? Üç dəfə dedim, yenə səhv edirsən. Beynin işləmir?"),
("V","har","m","en","a", "You people from that country always cheat on payment. Disgusting nation."),
("C","cs","m","en","", "Door tags in the schedule: D-555-01 to D-555-48. Room numbers stay as in the CAD, not changed."),
("C","cr","m","az","", "Bir müştəri müqavilədən əvvəl nömrəmi istədi, vermədim. Düz etmişəm, elə deyil?"),
("C","op","m","en","", "I keep all communication here on Upwork. For the big files, share a Google Drive folder link in this chat and I upload there."),
("C","op","m","az","", "Modellə bağlı sual olsa, burada yazın. Zəng lazım deyil, ekran şəkilləri ilə izah edəcəm."),
("C","pay","p","en","", "Estimate: 42 hours x $25 = $1,050, split into 3 Upwork milestones (LOD 300 model, sheets, clash report)."),
("C","pay","m","az","", "Mərhələ maliyyələşdi, təşəkkürlər. Ödəniş yalnız Upwork üzərindən olacaq."),
("C","fb","m","en","", "Thank you for 5 stars and honest words. About the late delivery, you are right, I will plan better next time."),
("C","fb","m","az","", "Rəy yazmaq tamamilə sizin seçiminizdir, nə düşünürsünüzsə onu yazın."),
("C","as","m","en","", "Please don't share your BIM 360 password. Invite my account as a project member, that is the proper way."),
("C","as","m","az","", "Biri mənə öz Upwork hesabını kirayə verməyi təklif etdi. İmtina etdim və şikayət etdim."),
("C","har","m","en","", "The CAD you sent is a mess: layers unnamed, units mixed (mm and inches), three walls overlap. I need a clean DWG."),
("C","har","m","az","", "Çertyojlarda çoxlu səhv var, bu vəziyyətdə model qurmaq mümkün deyil. Zəhmət olmasa düzəldin."),
("C","pay","m","en","", "No, I can't accept card-to-card payment. Only through Upwork milestones, sorry."),
("C","cs","m","en","", "Site coordinates: 41.1975, 47.1706. Elevation 555 m. Survey point SP-07, benchmark +0.000 at entrance."),
("A","cr","m","en","a", "Contract active now. Please send me your WhatsApp, I will send quick screenshots from the site visit."),
("A","op","m","az","a", "Müqavilə başladı. Sabah saat 11-də Zoom-da modelə baxaq? Linki burada paylaşaram."),
("A","as","m","en","", "My Autodesk ID email is shaki.bim@example.com, add it to the BIM 360 project so I can open the model."),
("A","cs","p","en","", "Portfolio of my own models (renders + sheets): example.org/shaki-bim-portfolio"),
("A","cr","m","az","e", "Siz Upwork Enterprise müştərisiniz, ona görə layihə menecerinizin e-poçtunu yazın, modeli birbaşa ona göndərim."),
("A","cs","m","en","", "I signed your NDA, my address in Shaki is on page 3 as your legal team requested."),
]
