import sys, glob, importlib.util, json, collections
sys.path.insert(0,'.')
import lib
for f in sorted(glob.glob('parts/p*.py'))+sorted(glob.glob('parts/w*.py')):
    spec=importlib.util.spec_from_file_location(f.replace('/','_'),f); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
C=lib.CASES
real=[c for c in C if c['source'].startswith('b68-real')]
print('total',len(C),'real',len(real),'written',len(C)-len(real))
print('real expect',collections.Counter(c['expect'] for c in real))
print('real cat',collections.Counter((c['expect'],c['category']) for c in real))
print('lang',collections.Counter(c['lang'] for c in C))
print('pages',len(set(c['_url'] for c in real)))
