package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
)

func (s *Server) carrierRoutes() {
	handle(s, endpoint{
		id: "list-carrier-kinds", method: http.MethodGet, path: "/styling/carrier-kinds", tag: tagStyling,
		summary: "List the kinds of carrier",
		desc:    "Each kind with the size, weight limit and attachment points a new carrier of that kind starts with.",
	}, s.listCarrierKinds)
	handle(s, endpoint{
		id: "list-carriers", method: http.MethodGet, path: "/styling/carriers", tag: tagStyling,
		summary: "List your carriers", auth: true, desc: "By name, each with its current loadout.",
	}, s.listCarriers)
	handle(s, endpoint{
		id: "create-carrier", method: http.MethodPost, path: "/styling/carriers", tag: tagStyling,
		summary: "Add a carrier", auth: true, status: http.StatusCreated,
		desc: "Size, weight limit and points left out take the kind's defaults.",
	}, s.createCarrier)
	handle(s, endpoint{
		id: "get-carrier", method: http.MethodGet, path: "/styling/carriers/{id}", tag: tagStyling,
		summary: "Get a carrier", auth: true, errors: collection404,
		desc: "With its current loadout: the items on each point.",
	}, s.getCarrier)
	handle(s, endpoint{
		id: "update-carrier", method: http.MethodPut, path: "/styling/carriers/{id}", tag: tagStyling,
		summary: "Update a carrier", auth: true, fields: "body.", errors: collection404,
		desc: "Replaces the carrier's fields (left-out fields take their defaults). A point the current loadout " +
			"uses cannot be removed.",
	}, s.updateCarrier)
	handle(s, endpoint{
		id: "delete-carrier", method: http.MethodDelete, path: "/styling/carriers/{id}", tag: tagStyling,
		summary: "Delete a carrier", auth: true, status: http.StatusNoContent, errors: collection404,
		desc: "Removes the carrier with its journey; the items on it go back to stored.",
	}, s.deleteCarrier)
}

func (s *Server) listCarrierKinds(_ context.Context, _ *struct{}) (*body[Page[CarrierKind]], error) {
	out := make([]CarrierKind, len(styling.CarrierKinds))
	for i, k := range styling.CarrierKinds {
		out[i] = CarrierKind{Kind: k.Kind, Size: k.Size, WeightLimitG: k.WeightLimitG, Points: list(k.Points)}
	}
	return all(out), nil
}

func (s *Server) listCarriers(ctx context.Context, in *PageParams) (*body[Page[Carrier]], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := s.deps.Styling.Carriers(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.listCarriers", err)
	}
	out := make([]Carrier, len(cs))
	for i := range cs {
		out[i] = carrierOf(&cs[i])
	}
	return slicePage(out, func(c Carrier) string { return itoa(c.ID) }, *in)
}

type carrierCreateInput struct {
	Body CarrierInput
}

type carrierCreated struct {
	Location string `header:"Location" doc:"Where the new carrier can be read."`
	Body     Carrier
}

func (s *Server) createCarrier(ctx context.Context, in *carrierCreateInput) (*carrierCreated, error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.deps.Styling.CreateCarrier(ctx, uid, in.Body.input())
	if err != nil {
		return nil, errs.Wrap("api.createCarrier", err)
	}
	return &carrierCreated{Location: Prefix + "/styling/carriers/" + itoa(c.ID), Body: carrierOf(c)}, nil
}

func (s *Server) getCarrier(ctx context.Context, in *IDPath) (*body[Carrier], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.deps.Styling.Carrier(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getCarrier", err)
	}
	return &body[Carrier]{Body: carrierOf(c)}, nil
}

type carrierUpdateInput struct {
	IDPath
	Body CarrierInput
}

func (s *Server) updateCarrier(ctx context.Context, in *carrierUpdateInput) (*body[Carrier], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.deps.Styling.UpdateCarrier(ctx, uid, in.ID, in.Body.input())
	if err != nil {
		return nil, errs.Wrap("api.updateCarrier", err)
	}
	return &body[Carrier]{Body: carrierOf(c)}, nil
}

func (s *Server) deleteCarrier(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Styling.DeleteCarrier(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deleteCarrier", err)
	}
	return &struct{}{}, nil
}
