exec(open('real1.py').read())
DROP={'r45-ninjastic','r45-usdtpayments','r45-tchelete','r45-airgigs','r45-flexable','r45-clutch-fake','r45-mybuzzforum','r45-administrata','r45-hireinpk','r45-topearn','r45-freelancecounsellor','r45-glarity','r45-graphicpush','r45-proz-article3613','r45-expaat','r45-gruv-cryptorisk','r45-medium-munford'}
C=[x for x in C if x['source'] not in DROP]
S=[s for s in S if s[0] not in DROP]
