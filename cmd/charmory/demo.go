package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmory/charmory/internal/app"
	"github.com/charmory/charmory/internal/demo"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func demoCmd(cfg *app.Config) *cobra.Command {
	var o demo.Options
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Load the demo data set, or a large generated catalog for benchmarks",
		Long: `Generate the demo data set from a seed and load it into the database.

Without --charms it loads the standard set that "serve" loads on a first
start: studios, IPs, series, charms, authorised sellers, demo currency rates,
and the accounts "demo" and "moderator" (password "` + demo.Password + `").
With --charms N it generates N charms, with studios, series and sellers in
proportion, for example 1000000 for benchmarks. The same seed always gives
the same data set. It refuses a catalog that already has data unless
--append is given.`,
		Example: "  charmory demo\n  charmory demo --charms 1000000 --data /tmp/bench\n  charmory demo --charms 1000000 --database postgres://localhost/charmory",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := withContext(cmd)
			d, err := app.Open(ctx, *cfg)
			if err != nil {
				return err
			}
			defer d.Close()
			out := cmd.OutOrStdout()
			total := o.Charms
			if total == 0 {
				total = demo.StandardCharms
			}
			p := newProgress(out, total)
			o.Progress = p.update
			rep, err := demo.Load(ctx, d, o)
			p.finish()
			if errors.Is(err, demo.ErrNotEmpty) {
				return fmt.Errorf("the catalog in %s already has data; run again with --append to add the demo charms next to it (their slugs get the suffix -s%d)", d.URL, o.Seed)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "loaded %d charms, %d studios, %d IPs, %d series and %d sellers into %s: catalog in %v (%.0f charms/s), %v in all\n",
				rep.Charms, rep.Studios, rep.IPs, rep.Series, rep.Sellers, d.URL, rep.Catalog.Round(time.Millisecond),
				float64(rep.Charms)/rep.Catalog.Seconds(), rep.Elapsed.Round(time.Millisecond))
			if rep.Users > 0 {
				fmt.Fprintf(out, "sign in as %q or %q with the password %q; %d contributions wait for moderation\n",
					demo.DemoUser, demo.ModeratorUser, demo.Password, rep.Contributions)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.Charms, "charms", 0, fmt.Sprintf("number of charms to generate (at least %d); 0: the standard set of %d", demo.MinCharms, demo.StandardCharms))
	f.Int64Var(&o.Seed, "seed", cfg.DemoSeed, "seed of the generated data set")
	f.BoolVar(&o.Append, "append", false, "load even though the catalog already has data")
	return cmd
}

// progress shows a load's progress: a bar on a terminal, a line every
// tenth of the way otherwise (logs, CI).
type progress struct {
	bar   *progressbar.ProgressBar
	out   io.Writer
	total int
	next  int // next plain-line threshold
}

func newProgress(out io.Writer, total int) *progress {
	p := &progress{out: out, total: total, next: total / 10}
	if f, ok := out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(out),
			progressbar.OptionSetDescription("charms"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("charms"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetPredictTime(true),
		)
	}
	return p
}

func (p *progress) update(done, total int) {
	if p.bar != nil {
		p.bar.Set(done)
		return
	}
	if done >= p.next && done < total {
		fmt.Fprintf(p.out, "demo: %d of %d charms written (%d%%)\n", done, total, done*100/total)
		for p.next <= done {
			p.next += max(1, total/10)
		}
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.out)
	}
}
