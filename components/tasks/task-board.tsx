"use client";
// The board's drag and drop (dnd-kit): a card moves by its handle with a pointer or a finger, or
// with the keyboard (Space lifts it, the arrows jump a whole column, Space drops, Escape puts it
// back), or by its status select, which does the same without dragging. A move saves through
// task.set-status with the version the card was shown with; a refused move puts the card back.
import {
  DndContext,
  type DragEndEvent,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { CSS } from "@dnd-kit/utilities";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { FormMessage } from "@/components/forms/form-kit";
import { useAction } from "@/components/forms/use-action";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/field";
import { setTaskStatusAction } from "@/lib/tasks/actions";
import { TASK_STATUSES } from "@/lib/tasks/choices";

type Status = (typeof TASK_STATUSES)[number];
/** One card: what the move needs, and its text rendered on the server. */
export type BoardCard = { id: string; title: string; status: Status; version: number; canMove: boolean; overdue: boolean; body: ReactNode };
/** A move this page made: shown at once; `saving` until the server answers. */
type Move = { status: Status; version: number; saving: boolean };

const NEXT = new Set<string>([KeyboardCode.Right, KeyboardCode.Down]);
const PREVIOUS = new Set<string>([KeyboardCode.Left, KeyboardCode.Up]);

// The arrows jump to the next or previous column (side by side on a desk, stacked on a phone):
// dnd-kit's default 25 px steps would take a dozen presses to cross one.
const columnKeys: KeyboardCoordinateGetter = (event, { context: { active, droppableRects, droppableContainers, collisionRect } }) => {
  const step = NEXT.has(event.code) ? 1 : PREVIOUS.has(event.code) ? -1 : 0;
  if (!step || !active || !collisionRect) return undefined;
  event.preventDefault();
  const columns = TASK_STATUSES.map((s) => (droppableContainers.get(s) ? droppableRects.get(s) : undefined)).filter((r) => r !== undefined);
  const centre = { x: collisionRect.left + collisionRect.width / 2, y: collisionRect.top + collisionRect.height / 2 };
  const here = columns.findIndex((r) => centre.x >= r.left && centre.x <= r.right && centre.y >= r.top && centre.y <= r.bottom);
  const next = columns[here < 0 ? 0 : Math.min(columns.length - 1, Math.max(0, here + step))];
  if (!next) return undefined;
  return { x: next.left + next.width / 2 - collisionRect.width / 2, y: next.top + Math.min(48, next.height / 2) };
};

export function TaskBoard({ cards }: { cards: BoardCard[] }) {
  const t = useTranslations("tasks");
  const [moves, setMoves] = useState<ReadonlyMap<string, Move>>(new Map());
  const { run, message } = useAction(setTaskStatusAction, {
    failureText: (failure) => (failure.code === "VERSION_CONFLICT" ? t("boardDnd.conflict") : undefined),
  });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnKeys }));

  // A move holds until the server's list has caught up with it (same or newer version).
  const shown = cards.map((card) => {
    const move = moves.get(card.id);
    return move && move.version >= card.version ? { ...card, status: move.status, version: move.version, saving: move.saving } : { ...card, saving: false };
  });
  const cardOf = (id: string | number) => shown.find((c) => c.id === id);
  const titleOf = (id: string | number) => cardOf(id)?.title ?? "";
  const columnName = (id: string | number) => t(`statuses.${id as Status}`);

  const settle = (id: string, move: Move | null) =>
    setMoves((current) => {
      const next = new Map(current);
      if (move) next.set(id, move);
      else next.delete(id);
      return next;
    });

  function move(id: string, status: Status) {
    const card = cardOf(id);
    if (!card || card.saving || card.status === status || !TASK_STATUSES.includes(status)) return;
    settle(id, { status, version: card.version, saving: true });
    run(
      { id, version: card.version, status },
      {
        onSuccess: (saved) => settle(id, { status: saved.status, version: saved.version, saving: false }),
        // Refused: the card goes back to where the server has it; useAction shows why. After a
        // conflict it also reloads the page's data, and the card stays put (busy) until that
        // brings its newer version, so the next move is not sent with the stale one.
        onFailure: (failure) =>
          settle(id, failure.code === "VERSION_CONFLICT" ? { status: card.status, version: card.version, saving: true } : null),
      },
    );
  }

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) move(String(active.id), over.id as Status);
  };

  return (
    <div className="space-y-3">
      <FormMessage message={message} />
      <DndContext
        id="task-board"
        sensors={sensors}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t("boardDnd.instructions") },
          announcements: {
            onDragStart: ({ active }) => t("boardDnd.picked", { title: titleOf(active.id), column: columnName(cardOf(active.id)?.status ?? "") }),
            onDragOver: ({ active, over }) =>
              over ? t("boardDnd.over", { title: titleOf(active.id), column: columnName(over.id) }) : t("boardDnd.outside", { title: titleOf(active.id) }),
            onDragEnd: ({ active, over }) =>
              over
                ? t("boardDnd.dropped", { title: titleOf(active.id), column: columnName(over.id) })
                : t("boardDnd.cancelled", { title: titleOf(active.id), column: columnName(cardOf(active.id)?.status ?? "") }),
            onDragCancel: ({ active }) => t("boardDnd.cancelled", { title: titleOf(active.id), column: columnName(cardOf(active.id)?.status ?? "") }),
          },
        }}
      >
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {TASK_STATUSES.map((status) => (
            <Column key={status} status={status} cards={shown.filter((c) => c.status === status)} onMove={move} />
          ))}
        </div>
      </DndContext>
    </div>
  );
}

type ShownCard = BoardCard & { saving: boolean };

function Column({ status, cards, onMove }: { status: Status; cards: ShownCard[]; onMove: (id: string, status: Status) => void }) {
  const t = useTranslations("tasks");
  const { setNodeRef, isOver } = useDroppable({ id: status });
  return (
    <section ref={setNodeRef} aria-labelledby={`col-${status}`} data-column={status} className={cn("rounded-lg bg-stone-100 p-3", isOver && "ring-2 ring-blue-700")}>
      <h3 id={`col-${status}`} className="mb-3 flex items-center justify-between font-semibold">
        {t(`statuses.${status}`)}
        <span className="rounded-full bg-white px-2 text-sm tabular-nums">{cards.length}</span>
      </h3>
      {cards.length === 0 ? (
        <p className="text-sm text-muted">{t("columnEmpty")}</p>
      ) : (
        <ul className="space-y-2">
          {cards.map((card) => (
            <Card key={card.id} card={card} onMove={onMove} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Card({ card, onMove }: { card: ShownCard; onMove: (id: string, status: Status) => void }) {
  const t = useTranslations("tasks");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    disabled: !card.canMove || card.saving,
    attributes: { roleDescription: t("boardDnd.roleDescription") },
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-task={card.id}
      aria-busy={card.saving || undefined}
      className={cn(
        "relative space-y-2 rounded-md border bg-white p-3 text-sm shadow-sm",
        card.overdue ? "border-red-300 border-l-4 border-l-red-600" : "border-stone-200",
        isDragging && "z-10 shadow-lg",
        card.saving && "opacity-70",
      )}
    >
      {card.canMove && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t("boardDnd.move", { title: card.title })}
          className="float-right -mt-1 -mr-1 ml-2 min-h-9 min-w-9 cursor-grab touch-none rounded-md text-lg text-muted hover:bg-stone-100 active:cursor-grabbing"
        >
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      {card.body}
      {card.canMove && (
        <Select
          value={card.status}
          // Busy while a move is saved, or after a refusal until the page has the newer version.
          disabled={card.saving}
          onChange={(e) => onMove(card.id, e.target.value as Status)}
          aria-label={t("statusOf", { title: card.title })}
          className="w-auto min-w-36 py-1.5 text-sm"
        >
          {TASK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
      )}
    </li>
  );
}
