u='https://coconala-support.zendesk.com/hc/ja/articles/9517266871193'; s='coconala-help-external'
a(u,s,"Instagramにこれまで制作したイラストを載せてます(@illust_demo)",'violation','contact-sharing','proposal',lang='ja')
a(u,s,"個人のポートフォリオサイトはこちらです https://portfolio-demo.example.com/works",'allowed','contact-sharing','proposal',lang='ja')
a(u,s,"サービス購入後はLINEでやり取りします",'violation','off-platform','proposal',lang='ja')
a(u,s,"対応可能な連絡ツールはこちらです(slack、LINE、Discord等)",'violation','off-platform','proposal',lang='ja')
a(u,s,"zoomで打ち合わせ可能です",'violation','off-platform',lang='ja')
a(u,s,"「しろくま工房」と検索したらプロフィールを確認できると思います",'violation','contact-sharing',lang='ja')
a(u,s,"別のプラットフォームでも同じ名前で活動してます",'violation','contact-sharing','proposal',lang='ja')
a(u,s,"外部でトラブルになった場合、運営で事実確認などが行えず適切なサポートを行うことができないことから、やり取りはサイト内のみとし、直接連絡に繋がる恐れのある記載を禁止しています。",'clean','off-platform',lang='ja')
u='https://chillmeron.com/%e3%82%b3%e3%82%b3%e3%83%8a%e3%83%a9/%e3%80%90%e3%83%97%e3%83%ad%e3%81%8c%e8%a7%a3%e8%aa%ac%e3%80%91%e3%82%b3%e3%82%b3%e3%83%8a%e3%83%a9%e3%81%ae%e5%a4%96%e9%83%a8%e8%aa%98%e5%b0%8e%ef%bc%88%e7%9b%b4%e6%8e%a5%e5%8f%96%e5%bc%95%ef%bc%89'; s='chillmeron-coconala-gaibu'
a(u,s,"「うっかり規約に違反してしまわないか」「手数料を節約したいけれどリスクは負いたくない」と、さまざまな不安を抱えている方もいらっしゃいます。",'clean','payment',lang='ja')
a(u,s,"禁止されている外部誘導の行為は、トークルーム外の外部連絡手段(メールアドレス、LINE ID、電話番号など)を交換する行為です。",'clean','contact-sharing',lang='ja')
u='https://chillmeron.com/%e3%82%b3%e3%82%b3%e3%83%8a%e3%83%a9/%e7%9f%a5%e3%82%89%e3%81%aa%e3%81%84%e3%81%a8%e5%8d%b1%e9%99%ba%ef%bc%81%e3%82%b3%e3%82%b3%e3%83%8a%e3%83%a9%e3%81%a7%e7%b5%b6%e5%af%be%e3%81%ab%e3%81%97%e3%81%a6%e3%81%af%e3%81%84%e3%81%91%e3%81%aa'; s='chillmeron-coconala-15'
a(u,s,"相互購入や評価の強要など、信頼を崩壊させる禁止行為は、発覚次第即座にアカウント停止となります。",'clean','feedback',lang='ja')
u='https://dezawebworks.com/crowdsourcing/coconala-external/'; s='dezaweb-coconala-external'
a(u,s,"相手に外部取引や誘導をされたら、優しく断りましょう。規約違反であると知らない方も多いので、規約について書かれたページを送るといいでしょう。",'clean','off-platform',lang='ja')
a(u,s,"分かっていて送る方はテキストではなく「画像を送る」という悪質な手口もあります。その場合も、決して直接取引を行ってはいけません。",'clean','contact-sharing',lang='ja')
u='https://services.awaisora.com/2025/07/14/cdd8da29-0325-4b98-aa1e-5c1d125bbc9e'; s='awaisora-coconala-sns'
a(u,s,"2回目以降の取引でも、LINEやFacebookなどのSNSを利用して連絡を取ることは基本的に推奨されていません。",'clean','off-platform',lang='ja')
u='https://www.naturalmamabiz.com/coconaraline/'; s='naturalmama-coconala-line'
a(u,s,"結論から言いますと、ココナラでLINE交換はできません。Googleフォームなど、リンク形式のものも外部誘導になります。",'clean','contact-sharing',lang='ja')
u='https://hitotogi.wixsite.com/httg/post/外部取引への誘導の違反'; s='hitotogi-gaibu'
a(u,s,"こちらでは〇〇さん名義の領収書は発行できますか?",'clean','payment',lang='ja',ctx={'role':'client'})
a(u,s,"ここでは無理だと思います。運営名義のものは取引画面の領収書機能から発行できるみたいですよ。",'clean','payment',lang='ja')
a(u,s,"SNSアカウントの共有が規約違反で出来ないので、クレジット表記は最低限名前だけお願いします。",'clean','contact-sharing',lang='ja')
u='https://puchi-code.com/coconara-breach-rules'; s='puchicode-coconala'
a(u,s,"自分のメールアドレスをこっそり共有したり、SNSのアカウントを教えてそちらでのやり取りをしようとする行為は、規約に違反します。",'clean','contact-sharing',lang='ja')
u='https://reputationkiln.org/under-attack/review-extortion'; s='reputationkiln-review-extortion'
a(u,s,"A business gets hit with a burst of fake one-stars, then a text on a messaging app offering to remove them for a few hundred pounds. Do not pay, do not engage, and do not try to resolve it by offering money or free work.",'clean','feedback')
a(u,s,"A genuinely aggrieved customer saying \"I will leave a bad review if you do not sort this out\" is usually asserting a real grievance, even if it is uncomfortable.",'clean','feedback')
u='https://consumerist.com/2012/01/27/retailers-resort-to-offering-refunds-to-customers-for-positive-reviews-online/'; s='consumerist-refund-reviews'
a(u,s,"Please write a product review for the community. In return for writing the review, we will refund your order so you will have received the product for free.",'violation','feedback')
a(u,s,"I would have done 4 stars instead of 5 without the deal.",'violation','feedback',ctx={'role':'client'})
u='https://funpay.freshdesk.com/en/support/solutions/articles/103000273258-reviews-and-rating'; s='funpay-reviews'
a(u,s,"When an order is refunded, the review is automatically deleted. This is done to encourage refunds for orders with disputes.",'clean','feedback')
