u='https://github.com/MrTiz/CVE-2023-35671/issues/2'; s='gh-cve-35671-2'
a(u,s,"Boost visibility and ranking of your profile and repositories with our products. We sell: stars, forks, followers, watchers, reactions, upvotes, comments. Our high-quality products come with substantial bulk discounts.",'violation','feedback')
u='https://github.com/bitpay/wallet/issues/3204'; s='gh-bitpay-wallet-3204'
a(u,s,"Any possibility of implementing a reward/bounty for certain improvements or bug fixes here? I'd be willing to actually PAY something to get CERTAIN THINGS actually DONE, rather than having to wait until the volunteer community finds time.",'clean','payment',ctx={'role':'client'})
u='https://github.com/aeon-labs/gitmoney/issues/118'; s='gh-gitmoney-118'
a(u,s,"Current bounty: 0.02 BTC / $10. Submit a pull request containing your bitcoin address that resolves this issue and automatically get paid the amount above if it's merged.",'violation','payment',ctx={'role':'client'})
