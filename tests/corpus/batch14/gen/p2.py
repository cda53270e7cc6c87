# ---------------- crypto ----------------
v="crypto"
add(v,V,"payment",M,"gm ser 🫡 we pay all contributors in $GRID — 4k tokens per milestone straight to your wallet, no need for upwork escrow on our side 🚀",ctx=C)
add(v,V,"contact-request",M,"what's your discord? whole core team lives there, way easier than this inbox",ctx=C)
add(v,V,"payment",P,"""Hi Grid Labs team,

I'm a smart contract engineer focused on Solidity and Foundry, 4 years in DeFi. I've audited two lending protocols and a perp DEX fork, and I co-wrote the invariant test suite for a liquid staking token that's been live since 2023 without incident.

For your staking contract I'd start with a manual review of the reward accounting (rounding and reentrancy around claim()), then fuzz the deposit/withdraw paths with Foundry invariants, and finally run Slither + Aderyn for the low-hanging stuff. You'd get a report with severity ratings and suggested patches.

Estimated 2 weeks for ~900 nSLOC. I can also take USDC on Arbitrum directly if you'd rather not deal with the platform fee, whatever's easier for your treasury.

Looking forward to hearing from you,
Kestrel""")
add(v,V,"contact-sharing",M,"tg is @0xkestrel_dev — ping me there for quick stuff, I'm rarely on the upwork app")
add(v,V,"off-platform",M,"Join our discord for the interview, there's a #hiring-devs channel where the CTO does quick voice calls. Link coming in a sec",ctx=C)
add(v,V,"payment",M,"could you send this milestone in ETH instead? upwork skims 10% and my bank sits on fiat for 5 days. addr is 0x9f3cA1b7E05d2B0c4F7e8A21dE6c90B3a5e21b4C")
add(v,V,"account-sharing",M,"we need someone to run our Upwork client account day to day (posting jobs, messaging other devs). I'll give you my login, just don't touch the 2FA settings",ctx=C)
add(v,V,"harassment",M,"lmao another 'senior' solidity dev who can't write a merkle proof. stop wasting my time you clowns",ctx=C)
add(v,V,"contact-sharing",M,"my ENS is kestrel-builds.eth — same name on warpcast, DM me there and we'll sort details")
add(v,V,"feedback",M,"if the audit report doesn't come back looking clean we're leaving you 1 star. we need it for the launch marketing, so make it work",ctx=C)
add(v,V,"payment",M,"Let's end the contract here and I'll keep you on a monthly retainer paid in USDT, off upwork. saves both of us the fees",ctx=C)
add(v,V,"contact-sharing",P,"""Hey! Blockchain dev (Rust/Anchor on Solana, Solidity on EVM). Built 3 NFT mint sites and a token-gated community dashboard. Your candy machine v3 migration is a 3-day job for me.

Easiest is to grab a slot on my calendar: calendly.com/kestrel-web3/30min and we walk through the collection config together.""")
add(v,V,"contact-request",M,"send me your wallet address + your twitter so I can check you're actually legit in the space before we talk further",ctx=C)
add(v,V,"payment",M,"tip: if you want to dodge the fee on the bonus just airdrop it to my wallet, nobody has to know lol")
# clean
add(v,CL,"payment",M,"We need a WalletConnect v2 integration so users can sign in with MetaMask, Rainbow and Coinbase Wallet. Fixed budget $3,200, paid through Upwork milestones.",ctx=C)
add(v,CL,"payment",P,"""Hi,

I've built two DEX aggregators and a market-making dashboard, so your brief (pull order books from Binance, Kraken and Coinbase, normalise them, and show best execution across venues) is right in my lane.

Plan:
1. websocket collectors per exchange with reconnect + sequence-gap detection
2. normalised book in Redis, snapshot to Postgres every minute
3. React front end with depth chart and slippage estimates for a given size

I'll use read-only API keys that you create on your side — I never need withdrawal permissions for this kind of tool. 3 milestones, ~5 weeks.

Thanks for reading!""")
add(v,CL,"payment",M,"fyi the contract on sepolia is at 0x4B20993Bc481177ec7E8f571ceCaE8A9e22C02db — you can verify the bytecode on etherscan before we go to mainnet")
add(v,CL,"off-platform",M,"Heads up: someone in our public telegram pretended to be me and asked applicants for seed phrases. I will never DM you outside Upwork and I'll never ask for keys.",ctx=C)
add(v,CL,"payment",M,"I don't take token payments for client work — it all runs through the Upwork contract, that's the only way I operate. happy to build the vesting contract for your token though")
add(v,CL,"feedback",M,"Milestone 1 approved ✅ staking UI looks great. writing your review now",ctx=C)
add(v,CL,"off-platform",M,"discord bot is done: /verify checks the holder's NFT balance and hands out the 'OG' role. token gating works on testnet, screenshots above")
add(v,CL,"harassment",M,"Honestly the gas optimisation is weaker than I expected — there are still storage writes inside the loop in distribute(). Please fix before we approve milestone 2.",ctx=C)
add(v,CL,"payment",M,"for the airdrop script I need the CSV of eligible addresses + amounts. upload it here in the chat and I'll run it against the snapshot at block 19,402,118")
add(v,CL,"contact-sharing",P,"Hi — I build Telegram mini-apps and TON Connect wallet flows. Recent: a tap-to-earn game with 40k MAU and a TON payments bot for a coffee chain. Your mini-app for event tickets would take about 3 weeks; glad to talk details here.")
add(v,CL,"contact-request",M,"Can you add email + phone OTP login for non-crypto users (Privy or Magic)? we want normies to onboard without touching a seed phrase",ctx=C)
add(v,CL,"account-sharing",M,"no, I can't log into your Upwork to approve the other dev's milestone for you. you'll need to do it yourself or add a team admin")
# allowed
add(v,AL,"off-platform",M,"We're on Upwork Enterprise, so feel free to join our Slack Connect channel for the interview loop — I'll send the invite to whatever email you prefer.",ctx=CE)
add(v,AL,"contact-sharing",M,"contract's live 🙌 my telegram for deploy night is @kestrel_ops, ping if anything reverts",ctx=A)
add(v,AL,"contact-sharing",M,"please add me to the GitHub org for the audit — kestrel.audits@example.org is the email on my account, just need it for the repo invite")
add(v,AL,"contact-sharing",M,"Before we share the tokenomics doc we need the NDA signed. Pasting the header here: 'Grid Labs Ltd., legal contact counsel@gridlabs.example, +1 555 0148'. Sign and upload it in this thread please.",ctx=C)
