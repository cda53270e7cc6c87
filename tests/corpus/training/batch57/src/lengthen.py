# one-off: turn four proposals into long cover letters (the harmful sentence, if any, stays in the middle)
s = open('data_ar.py', encoding='utf8').read()
k = "مدة التنفيذ المتوقعة ثلاثة أسابيع، مع مراجعة لغوية مستقلة من زميل متخصص."
assert k in s
s = s.replace(k, k + " وفيما يخص منهجية العمل، سأبدأ بقراءة الدليل كاملاً وتحديد المصطلحات المتكررة مثل الإجازات المرضية، وإنهاء الخدمة، ومكافأة نهاية الخدمة، وساعات العمل الإضافية، ثم أقارنها بالمصطلحات المعتمدة في نظام العمل المحلي حتى لا يقع تعارض بين النص المترجم والتشريع النافذ. وسأسلم العمل على ثلاث دفعات عبر المنصة، في كل دفعة أربعون صفحة تقريباً، مع جدول بالملاحظات والاستفسارات لكي تراجعها إدارة الموارد البشرية لديكم. كما أحرص على أن تبقى الجداول والترقيم والحواشي في مواضعها، وأن يكون الملف النهائي بصيغة Word قابلة للتعديل مع نسخة PDF. وإن كانت لديكم ترجمات سابقة أو مسرد داخلي فيسعدني الاطلاع عليه لضمان الاتساق مع وثائقكم الأخرى.")
k = "المدة المتوقعة ٦ أسابيع مقسمة على ٣ milestones."
assert k in s
s = s.replace(k, "أول milestone هيكون شاشات التسجيل والدخول ورقم الموبايل والـ OTP، والتاني السلة والدفع وربط فوري وفودافون كاش مع webhook يأكد العملية، والتالت لوحة الأدمن والتقارير ورفع التطبيق على جوجل بلاي وآب ستور من حساباتكم انتوا بعد ما تضيفوني في الفريق بصلاحية مطور، من غير ما أحتاج أي باسورد. وبالنسبة للتقييمات في المتجر، هعمل شاشة صغيرة تطلب من المستخدم يقيّم التطبيق بعد تالت طلب ناجح. " + k + " ولو عندكم تصميم جاهز على Figma ابعتولي دعوة للملف وأبدأ منه على طول.")
open('data_ar.py', 'w', encoding='utf8').write(s)
t = open('data_azi.py', encoding='utf8').read()
k = "aw dawwar 3alaya 3al wats bel esm."
assert k in t
t = t.replace("ba3mel test plan wa2e3i, w bakteb bug reports wad7a b steps, expected w actual, w screen recordings.", "ba3mel test plan wa2e3i, w bakteb bug reports wad7a b steps, expected w actual, w screen recordings. fel project el 2akhir la2eit 37 bug 2abl el launch, menhom 4 critical fel payment: el user kan yedfa3 marteen lama el network teb2a we7sha, w el refund ma kansh beyetsagel. 3amalt kaman checklist lel accessibility w el RTL 3ashan el app bel 3arabi, w te2dar tshoof 3ayenat men el reports fel portfolio bta3i 3ala upwork.")
t = t.replace("el se3r bel sa3a 15$ w momken nebda2 bokra.", "ba3d kol sprint hab3atlak summary: kam test case et3amal, kam bug et2afal, w eh el risks el fadla. law 3andko devices 2adeema zay Samsung A10 aw iPhone 8 hagarrab 3aleha kaman, 3ashan 3omalak fel sa3eed beyesta5demo telefonat 2adeema ketir. el se3r bel sa3a 15$ w momken nebda2 bokra ba3d ma el contract yetfete7.")
k = "Wa2t el tasleem 10 jours."
assert k in t
t = t.replace("Chef portfolio taba3e b el attachments.", "Chef portfolio taba3e b el attachments: fi explainer la app banking bi Dubai, series ads la brand 7alawiyyet bi Tripoli, w intro la podcast bel fransawe. Kell project bibda2 b brief call 3a upwork, ba3den moodboard, ba3den storyboard, w ma bballesh animation abel ma tvalidé el storyboard, 7atta ma nkhasser wa2t.")
t = t.replace(k, k + " Bi2elle el tasleem b3tik el project files (AEP), el fonts el licensed, w export 16:9, 9:16 w 1:1 lal social.")
t = t.replace("Baddi a3ref: el style baddak flat aw 3D? w shu el brand colors?", "Baddi a3ref: el style baddak flat aw 3D? w shu el brand colors? w eza 3endkon mascot aw character jehez, b3touli el files hon bel attachments. Ba3d el approval, el revisions ma7doude b 2 rounds bas eza fi 8alat men 3ande bsalle7o balash.")
open('data_azi.py', 'w', encoding='utf8').write(t)
print('ok')
