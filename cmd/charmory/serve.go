package main

import (
	"github.com/charmory/charmory/internal/app"
	"github.com/spf13/cobra"
)

func serveCmd(cfg *app.Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and JSON API (loads demo data on a first start)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := withContext(cmd)
			log := app.NewLogger(*cfg)
			log.Info("starting charmory", "config", cfg.String())
			a, err := app.New(ctx, *cfg, log)
			if err != nil {
				return err
			}
			defer a.Close()
			return a.Run(ctx)
		},
	}
	cmd.Flags().StringVar(&cfg.Addr, "addr", cfg.Addr, "listen address HOST:PORT (env CHARMORY_ADDR)")
	cmd.Flags().BoolVar(&cfg.NoDemo, "no-demo", cfg.NoDemo, "do not load demo data on a first start (env CHARMORY_NO_DEMO)")
	cmd.Flags().Int64Var(&cfg.DemoSeed, "demo-seed", cfg.DemoSeed, "seed of the demo data set")
	return cmd
}
