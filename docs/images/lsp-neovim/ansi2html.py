# ANSI (tmux capture-pane -e) to HTML, 256 colours and RGB, for the README screenshot.
import re, sys, html
def c256(n):
    base=[(0,0,0),(205,49,49),(13,188,121),(229,229,16),(36,114,200),(188,63,188),(17,168,205),(229,229,229),
          (102,102,102),(241,76,76),(35,209,139),(245,245,67),(59,142,234),(214,112,214),(41,184,219),(255,255,255)]
    if n<16: return base[n]
    if n<232:
        n-=16; v=[0,95,135,175,215,255]; return (v[n//36],v[(n//6)%6],v[n%6])
    g=8+10*(n-232); return (g,g,g)
fg0,bg0=(208,208,208),(38,38,38)
out=[]; fg,bg,ul,bold=None,None,False,False
for line in sys.stdin.read().rstrip('\n').split('\n'):
    parts=re.split(r'\x1b\[([0-9;]*)m', line)
    row=''
    for i,p in enumerate(parts):
        if i%2==1:
            codes=[int(x) if x else 0 for x in p.split(';')] if p else [0]
            j=0
            while j<len(codes):
                c=codes[j]
                if c==0: fg,bg,ul,bold=None,None,False,False
                elif c==1: bold=True
                elif c==4: ul=True
                elif c==22: bold=False
                elif c==24: ul=False
                elif 30<=c<=37: fg=c256(c-30)
                elif 90<=c<=97: fg=c256(c-90+8)
                elif 40<=c<=47: bg=c256(c-40)
                elif c==39: fg=None
                elif c==49: bg=None
                elif c in (38,48) and codes[j+1]==5:
                    (fg if False else None); col=c256(codes[j+2])
                    if c==38: fg=col
                    else: bg=col
                    j+=2
                elif c in (38,48) and codes[j+1]==2:
                    col=tuple(codes[j+2:j+5]); 
                    if c==38: fg=col
                    else: bg=col
                    j+=4
                j+=1
        elif p:
            st='color:rgb%s;'%(fg or fg0,)
            if bg: st+='background:rgb%s;'%(bg,)
            if ul: st+='text-decoration:underline;'
            if bold: st+='font-weight:bold;'
            row+='<span style="%s">%s</span>'%(st,html.escape(p))
    out.append(row)
print('<html><body style="margin:0;background:rgb%s"><pre style="font-family:\'DejaVu Sans Mono\',monospace;font-size:14px;line-height:1.3;margin:10px;">%s</pre></body></html>'%(bg0,'\n'.join(out)))
