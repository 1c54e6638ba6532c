/**
 * A thin brush over a Phaser Graphics: every colour goes through the ink (normal or high
 * contrast), and shapes get an outline when the ink asks for one.
 */
import type Phaser from 'phaser';
import type { Color, Ink } from './look.ts';

export type ShapeOptions = {
  /** Corner radius for rectangles; a number or per corner. */
  readonly r?: number | { readonly tl: number; readonly tr: number; readonly bl: number; readonly br: number };
  readonly alpha?: number;
  /** Draw the high-contrast outline (default true). Large surfaces such as walls pass false. */
  readonly line?: boolean;
  /** Take the colour as is: not through the ink (light, shadow). */
  readonly raw?: boolean;
};

export class Painter {
  constructor(
    readonly g: Phaser.GameObjects.Graphics,
    readonly ink: Ink,
  ) {}

  private fill(c: Color, o: ShapeOptions | undefined): void {
    this.g.fillStyle(o?.raw === true ? c : this.ink.color(c), o?.alpha ?? 1);
  }

  private stroke(o: ShapeOptions | undefined): boolean {
    const line = this.ink.outline;
    if (line === null || o?.line === false || o?.raw === true) return false;
    this.g.lineStyle(line.width, line.color, o?.alpha ?? 1);
    return true;
  }

  rect(x: number, y: number, w: number, h: number, c: Color, o?: ShapeOptions): this {
    this.fill(c, o);
    const r = o?.r;
    const round = r !== undefined && (typeof r !== 'number' || r > 0);
    if (round) this.g.fillRoundedRect(x, y, w, h, r);
    else this.g.fillRect(x, y, w, h);
    if (this.stroke(o)) {
      if (round) this.g.strokeRoundedRect(x, y, w, h, r);
      else this.g.strokeRect(x, y, w, h);
    }
    return this;
  }

  circle(x: number, y: number, radius: number, c: Color, o?: ShapeOptions): this {
    this.fill(c, o);
    this.g.fillCircle(x, y, radius);
    if (this.stroke(o)) this.g.strokeCircle(x, y, radius);
    return this;
  }

  ellipse(x: number, y: number, w: number, h: number, c: Color, o?: ShapeOptions): this {
    this.fill(c, o);
    this.g.fillEllipse(x, y, w, h, 40);
    if (this.stroke(o)) this.g.strokeEllipse(x, y, w, h, 40);
    return this;
  }

  /** A closed polygon from flat coordinates [x0, y0, x1, y1, ...]. */
  poly(points: readonly number[], c: Color, o?: ShapeOptions): this {
    this.path(points);
    this.fill(c, o);
    this.g.fillPath();
    if (this.stroke(o)) {
      this.path(points);
      this.g.strokePath();
    }
    return this;
  }

  /** A filled arc segment (pie-free: the chord closes it), angles in radians. */
  arc(x: number, y: number, radius: number, from: number, to: number, c: Color, o?: ShapeOptions): this {
    this.fill(c, o);
    this.g.beginPath();
    this.g.arc(x, y, radius, from, to, false);
    this.g.closePath();
    this.g.fillPath();
    if (this.stroke(o)) {
      this.g.beginPath();
      this.g.arc(x, y, radius, from, to, false);
      this.g.closePath();
      this.g.strokePath();
    }
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number, c: Color, width = 2, alpha = 1): this {
    this.g.lineStyle(width, this.ink.color(c), alpha);
    this.g.lineBetween(x1, y1, x2, y2);
    return this;
  }

  /** An open line through flat coordinates. */
  polyline(points: readonly number[], c: Color, width = 2, alpha = 1): this {
    this.g.lineStyle(width, this.ink.color(c), alpha);
    this.trace(points);
    this.g.strokePath();
    return this;
  }

  /** An outlined ring (e.g. a bicycle wheel, glasses). */
  ring(x: number, y: number, radius: number, c: Color, width = 2, alpha = 1): this {
    this.g.lineStyle(width, this.ink.color(c), alpha);
    this.g.strokeCircle(x, y, radius);
    return this;
  }

  private path(points: readonly number[]): void {
    this.trace(points);
    this.g.closePath();
  }

  /** Begins a path through flat coordinates [x0, y0, x1, y1, …]. */
  private trace(points: readonly number[]): void {
    this.g.beginPath();
    for (let i = 0; i + 1 < points.length; i += 2) {
      const x = points[i] ?? 0;
      const y = points[i + 1] ?? 0;
      if (i === 0) this.g.moveTo(x, y);
      else this.g.lineTo(x, y);
    }
  }
}
