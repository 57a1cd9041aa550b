package render

import (
	"image"
	"image/draw"
	"math"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/vector"
)

// raster paints a drawing into pixels: every geometry is flattened to
// polygons in pixel space and filled through x/image/vector, one shape's
// box at a time so a small charm costs only its own pixels.
type raster struct {
	dst *image.RGBA
	k   float64 // pixels per canvas unit
	off pt      // where the canvas's origin lands
	z   vector.Rasterizer
}

func newRaster(w, h int) *raster {
	r := &raster{dst: image.NewRGBA(image.Rect(0, 0, w, h))}
	r.k = min(float64(w)/canvasW, float64(h)/canvasH)
	r.off = pt{(float64(w) - canvasW*r.k) / 2, (float64(h) - canvasH*r.k) / 2}
	draw.Draw(r.dst, r.dst.Bounds(), image.NewUniform(background), image.Point{}, draw.Src)
	return r
}

func (r *raster) draw(d drawing) {
	for _, sh := range d.shapes {
		r.shape(sh)
	}
}

func (r *raster) shape(sh shape) {
	switch {
	case sh.text != nil:
		r.text(*sh.text)
		return
	case sh.photo != nil && !hasPixels(sh.photo.img):
		for _, a := range sh.photo.alt {
			r.shape(a)
		}
		return
	}
	polys, closed := r.flatten(sh.g)
	if sh.fill.visible() {
		r.fill(polys, sh.fill, polyBounds(polys))
	}
	if sh.photo != nil {
		r.image(polys, sh.photo.img)
	}
	if sh.stroke.visible() && sh.width > 0 {
		r.fill(strokePolys(polys, closed, sh.width*r.k/2), sh.stroke, polyBounds(polys))
	}
}

// clip is the pixel rectangle covering b, inside the image.
func (r *raster) clip(b bounds) image.Rectangle {
	if b.empty() {
		return image.Rectangle{}
	}
	lim := func(v float64) int { return int(clamp(v, -1, 1<<20)) }
	rr := image.Rect(lim(math.Floor(b.X0)), lim(math.Floor(b.Y0)), lim(math.Ceil(b.X1)), lim(math.Ceil(b.Y1)))
	return rr.Intersect(r.dst.Bounds())
}

// mask loads the polygons into the rasterizer over rect.
func (r *raster) mask(polys [][]pt, rect image.Rectangle) {
	r.z.Reset(rect.Dx(), rect.Dy())
	ox, oy := float64(rect.Min.X), float64(rect.Min.Y)
	for _, p := range polys {
		if len(p) < 3 {
			continue
		}
		r.z.MoveTo(float32(p[0].X-ox), float32(p[0].Y-oy))
		for _, q := range p[1:] {
			r.z.LineTo(float32(q.X-ox), float32(q.Y-oy))
		}
		r.z.ClosePath()
	}
}

// fill paints the polygons; gradients are spread over box, the fill
// geometry's own box, as SVG's objectBoundingBox does.
func (r *raster) fill(polys [][]pt, p paint, box bounds) {
	rect := r.clip(polyBounds(polys))
	if rect.Empty() {
		return
	}
	r.mask(polys, rect)
	if p.grad == "" {
		r.z.Draw(r.dst, rect, image.NewUniform(p.c), image.Point{})
		return
	}
	r.through(rect, gradientImage(rect, gradients[p.grad], box))
}

// through paints src (whose bounds are rect) through the loaded mask.
func (r *raster) through(rect image.Rectangle, src *image.RGBA) {
	m := image.NewAlpha(image.Rect(0, 0, rect.Dx(), rect.Dy()))
	r.z.Draw(m, m.Bounds(), image.Opaque, image.Point{})
	draw.DrawMask(r.dst, rect, src, rect.Min, m, image.Point{}, draw.Over)
}

// gradientImage paints a diagonal gradient over box, sampled in rect.
func gradientImage(rect image.Rectangle, stops []stop, box bounds) *image.RGBA {
	var lut [256][4]uint8
	for i := range lut {
		c := gradientAt(stops, float64(i)/255)
		lut[i] = [4]uint8{c.R, c.G, c.B, 255}
	}
	src := image.NewRGBA(rect)
	bw, bh := max(box.X1-box.X0, 1e-9), max(box.Y1-box.Y0, 1e-9)
	for y := rect.Min.Y; y < rect.Max.Y; y++ {
		v := (float64(y) + 0.5 - box.Y0) / bh
		for x := rect.Min.X; x < rect.Max.X; x++ {
			t := ((float64(x)+0.5-box.X0)/bw + v) / 2
			i := src.PixOffset(x, y)
			c := lut[int(clamp(t, 0, 1)*255+0.5)]
			copy(src.Pix[i:i+4], c[:])
		}
	}
	return src
}

// image draws a photo scaled to cover the polygons' box (cropping the
// longer side, like the SVG's "slice"), clipped to the polygons.
func (r *raster) image(polys [][]pt, img image.Image) {
	b := polyBounds(polys)
	rect := r.clip(b)
	if rect.Empty() {
		return
	}
	full := image.Rect(int(math.Floor(b.X0)), int(math.Floor(b.Y0)), int(math.Ceil(b.X1)), int(math.Ceil(b.Y1)))
	if full.Dx()*full.Dy() > 4*r.dst.Bounds().Dx()*r.dst.Bounds().Dy() {
		return // the layout keeps charms in the picture; never scale a photo larger than it
	}
	sr := cover(img.Bounds(), full.Dx(), full.Dy())
	scaled := image.NewRGBA(full)
	xdraw.ApproxBiLinear.Scale(scaled, full, img, sr, xdraw.Src, nil)
	r.mask(polys, rect)
	r.through(rect, scaled.SubImage(rect).(*image.RGBA))
}

// cover is the centred part of src with the aspect ratio w:h.
func cover(src image.Rectangle, w, h int) image.Rectangle {
	sw, sh := src.Dx(), src.Dy()
	if w <= 0 || h <= 0 || sw <= 0 || sh <= 0 {
		return src
	}
	if sw*h > sh*w { // wider than the frame: crop the sides
		cw := max(1, sh*w/h)
		x := src.Min.X + (sw-cw)/2
		return image.Rect(x, src.Min.Y, x+cw, src.Max.Y)
	}
	ch := max(1, sw*h/w)
	y := src.Min.Y + (sh-ch)/2
	return image.Rect(src.Min.X, y, src.Max.X, y+ch)
}

func polyBounds(polys [][]pt) bounds {
	b := emptyBounds()
	for _, p := range polys {
		for _, q := range p {
			b.add(q)
		}
	}
	return b
}
