u='http://zaitaku.muumemo.com/project-measure-5'; s='muumemo-hyouka-5'
a(u,s,"本当はちょっと評価を下げたくても、相手から報復で悪い点を付けられるのが怖くて、結局「5」をつけてしまうことが多いです。",'clean','feedback',lang='ja')
u='https://rakugochunen.com/workstyle/writing/auto-one-value'; s='rakugochunen-auto-one'
a(u,s,"クラウドワークスには、特に相手に問題がなければ★5評価をお互い付け合うといった常識、不文律のようなものがあります。",'clean','feedback',lang='ja')
u='https://kihiro-official.com/lancers-repeat/'; s='kihiro-lancers-repeat'
a(u,s,"評価が高いとリピートしたくなりますし、他のクライアントからも目につきやすくなります。良いご縁に恵まれると他のクライアントを紹介していただけるラッキーもあるのです。",'clean','feedback',lang='ja')
u='https://rakkasei-pic.com/cwban/'; s='rakkasei-cwban'
a(u,s,"手数料がもったいないので直接契約をしませんか?",'violation','payment',lang='ja',ctx={'role':'client'})
a(u,s,"一度も仕事をしていないのに直接契約を持ちかけるクライアントもいます。chatworkやLINEをつかった「直接連絡」を打診された際の対処についてもお話いたします。",'clean','off-platform',lang='ja')
u='https://www.yampen-writer.com/entry/cw-kotowari'; s='yampen-cw-kotowari'
a(u,s,"ライターとしてはお仕事をいただいている側なのでどうしても断りづらく、メッセージの返信を長引かせてしまったり、やむなく引き受けてしまったりしたこともあるのではないでしょうか。",'clean','harassment',lang='ja')
u='https://www.tipsnewsbd.com/2019/12/what-is-freelancercom-id-verification.html'; s='tipsnewsbd-id-verification'
a(u,s,"ভেরিফিকেশন করতে কি কি লাগবে? ১। জাতীয় পরিচয় পত্র/ড্রাইভিং লাইসেন্স/পাসপোর্ট ২। শেষ তিন মাসের ব্যংক স্টেটেমেন্ট/ ইউটিলিটি বিল কপি",'clean','account-sharing',lang='bn')
u='https://dasology.com/help-support/'; s='dasology-help'
a(u,s,"Please note that both freelancers' and companies' profiles are private. Personal / contact information is not shown on the profiles.",'clean','contact-sharing')
u='https://buildpro.ie/verification/'; s='buildpro-verification'
a(u,s,"You will be provided with a unique keycode. You must provide a photo of yourself holding the unique keycode and your ID side-by-side.",'clean','account-sharing')
u='https://learned.yoo7.com/t28-topic'; s='learned-yoo7-rules'
a(u,s,"عدم وضع البريد الإلكتروني او رقم الهاتف في المواضيع والردود أو التوقيع.",'clean','contact-sharing',lang='ar')
a(u,s,"عدم التعرض لأي شخص سواء في المنتدى أو خارجه بالإهانة أو التجريح.",'clean','harassment',lang='ar')
