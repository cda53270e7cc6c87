#!/usr/bin/env python3
"""Validate ../cases.jsonl against the brief: JSON per line, exact keys, allowed values."""
import json, sys, os, collections
P=os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','cases.jsonl')
REQ={'text','expect','category','surface','lang','source'}; OPT={'context'}
EXP={'violation','clean','allowed'}
CAT={'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'}
LANG={'en','es','pt','fr','ar','id','tr','uk'}
bad=0; seen=set()
for i,l in enumerate(open(P,encoding='utf-8'),1):
    try: d=json.loads(l)
    except Exception as e: print(i,'json',e); bad+=1; continue
    k=set(d)
    if not (REQ<=k<=REQ|OPT): print(i,'keys',k); bad+=1
    if d['expect'] not in EXP or d['category'] not in CAT or d['surface'] not in {'proposal','message'} or d['lang'] not in LANG: print(i,'value'); bad+=1
    if not d['source'].startswith('b64-'): print(i,'source'); bad+=1
    cx=d.get('context',{})
    if set(cx)-{'role','contract','client'} or cx.get('role','freelancer') not in {'client','freelancer'} or cx.get('contract','none') not in {'none','active'} or cx.get('client','standard') not in {'standard','enterprise'}: print(i,'context',cx); bad+=1
    if cx.get('role')=='freelancer' or cx.get('contract')=='none' or cx.get('client')=='standard': print(i,'default key present'); bad+=1
    if d['surface']=='proposal' and cx.get('role')=='client': print(i,'client proposal'); bad+=1
    if d['expect']=='allowed' and not (cx.get('contract')=='active' or cx.get('client')=='enterprise' or any(w in d['text'] for w in ('NDA','GitHub','Figma','portfol','Portfol','Jira','Trello','Canva','Dropbox','ArcGIS','MuseScore','Drive'))): print(i,'allowed without exception?',d['text'][:60])
    if not d['text'].strip() or d['text'] in seen: print(i,'empty/dup'); bad+=1
    seen.add(d['text'])
print('lines',i,'errors',bad); sys.exit(1 if bad else 0)
